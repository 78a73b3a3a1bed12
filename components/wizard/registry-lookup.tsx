'use client';

// Step 1's lookup: registered models and package versions as you type; choosing one fills what the form leaves empty through the prefill service and says what it filled.
import { useEffect, useId, useState, useTransition } from 'react';
import { useFormContext } from 'react-hook-form';
import { inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { contentToForm, formToContent, type TWizardValues } from '@/components/wizard/wizard-form';
import { prefilledSections } from '@/components/registry/prefill-origin';
import { lookupRegistryAction, prefillFromRegistryAction } from '@/lib/actions/registry';
import type { RegistryLookupItem } from '@/lib/server/screens/registry-screen';

export function RegistryLookup() {
  const form = useFormContext<TWizardValues>();
  const id = useId();
  const [text, setText] = useState('');
  const [items, setItems] = useState<RegistryLookupItem[]>([]);
  const [active, setActive] = useState(-1);
  const [filled, setFilled] = useState<{ label: string; sections: { section: string; source: string }[]; notes: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!text.trim()) return;
    let current = true;
    const timer = setTimeout(async () => {
      const result = await lookupRegistryAction(text);
      if (current) setItems(result.ok ? result.data : []);
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  const shown = text.trim() ? items : [];

  function choose(item: RegistryLookupItem) {
    setItems([]);
    setText('');
    setError(null);
    startTransition(async () => {
      const values = form.getValues();
      const subject = item.kind === 'model' ? { modelName: item.name } : { modelPackageArn: item.arn };
      const result = await prefillFromRegistryAction(subject, formToContent(values));
      if (!result.ok) {
        setError(result.message);
        return;
      }
      form.reset({ ...contentToForm(result.data.content, values.name) }, { keepDefaultValues: true });
      setFilled({ label: item.label, sections: prefilledSections(result.data), notes: result.data.notes });
    });
  }

  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-input`} className="block text-sm font-medium">
        Find a registered model or package version
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={shown.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 && shown[active] ? `${id}-option-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(-1);
        }}
        onKeyDown={(event) => {
          const moves: Record<string, () => void> = {
            ArrowDown: () => setActive((index) => Math.min(index + 1, shown.length - 1)),
            ArrowUp: () => setActive((index) => Math.max(index - 1, 0)),
            Enter: () => {
              if (shown[active]) choose(shown[active]);
            },
            Escape: () => setItems([]),
          };
          const move = moves[event.key];
          if (!move || (event.key === 'Enter' && !shown[active])) return;
          event.preventDefault();
          move();
        }}
        className={inputClass}
      />
      <p id={`${id}-hint`} className="text-xs text-muted">
        Type part of a name. Choosing one fills the fields you left empty, from the registry; everything stays editable.
      </p>
      {shown.length > 0 ? (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label="Registered models and package versions"
          className="max-h-64 overflow-y-auto rounded-md border border-line bg-surface py-1 text-sm shadow-md"
        >
          {shown.map((item, index) => (
            <li
              key={item.kind === 'model' ? `m:${item.name}` : `p:${item.arn}`}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(item)}
              className={`cursor-pointer px-3 py-1.5 ${index === active ? 'bg-sunken' : 'hover:bg-sunken'}`}
            >
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      {pending ? <p className="text-sm text-muted">Filling from the registry…</p> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {filled ? (
        <Notice tone="success">
          <p>Filled from {filled.label}:</p>
          {filled.sections.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {filled.sections.map((entry) => (
                <li key={entry.section}>
                  <strong>{entry.section}</strong>: {entry.source}
                </li>
              ))}
            </ul>
          ) : (
            <p>nothing was empty that it could fill.</p>
          )}
          {filled.notes.map((note) => (
            <p key={note} className="mt-1">
              {note}
            </p>
          ))}
        </Notice>
      ) : null}
    </div>
  );
}
