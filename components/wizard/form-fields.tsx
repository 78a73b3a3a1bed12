'use client';

// Inputs bound to the wizard's form by name: a label, a hint, the message at the field and, on long text, the characters left.
import type { ReactNode } from 'react';
import { get, useFormContext, useWatch } from 'react-hook-form';
import { inputClass } from '@/components/ui/field';
import { maxCharsOf } from '@/components/wizard/wizard-steps';
import type { TWizardValues } from '@/components/wizard/wizard-form';
import { CharCounter } from './char-counter';
import { fieldId, schemaPathOf } from './field-id';
import { useShowAllErrors } from './show-errors';

type FieldProps = { name: string; label: string; hint?: ReactNode; className?: string };

export function useFieldError(name: string): string | undefined {
  const { formState, getFieldState } = useFormContext<TWizardValues>();
  const showAll = useShowAllErrors();
  const message = (get(formState.errors, name) as { message?: string } | undefined)?.message;
  return showAll || getFieldState(name as never, formState).isTouched ? message : undefined;
}

export function FieldMessage({ name, hint }: { name: string; hint?: ReactNode }) {
  const error = useFieldError(name);
  const id = fieldId(name);
  if (error) {
    return (
      <p id={`${id}-error`} className="text-xs font-medium text-danger">
        {error}
      </p>
    );
  }
  return hint ? (
    <p id={`${id}-hint`} className="text-xs text-muted">
      {hint}
    </p>
  ) : null;
}

function describedBy(name: string, hint: ReactNode, error: string | undefined, counter: boolean): string | undefined {
  const id = fieldId(name);
  return [error ? `${id}-error` : hint ? `${id}-hint` : null, counter ? `${id}-count` : null].filter(Boolean).join(' ') || undefined;
}

function Label({ name, label }: { name: string; label: string }) {
  return (
    <label htmlFor={fieldId(name)} className="block text-sm font-medium text-fg">
      {label}
    </label>
  );
}

export function TextInput({ name, label, hint, className = '', list, inputMode }: FieldProps & { list?: string; inputMode?: 'decimal' | 'numeric' }) {
  const { register } = useFormContext<TWizardValues>();
  const error = useFieldError(name);
  return (
    <div className={`space-y-1.5 ${className}`}>
      <Label name={name} label={label} />
      <input
        id={fieldId(name)}
        className={inputClass}
        list={list}
        inputMode={inputMode}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error, false)}
        {...register(name as never)}
      />
      <FieldMessage name={name} hint={hint} />
    </div>
  );
}

export function TextArea({ name, label, hint, className = '', rows = 3 }: FieldProps & { rows?: number }) {
  const { register, control } = useFormContext<TWizardValues>();
  const error = useFieldError(name);
  const value = useWatch({ control, name: name as never }) as unknown;
  const max = maxCharsOf(schemaPathOf(name));
  const length = typeof value === 'string' ? value.length : 0;
  const showCounter = max !== undefined && length >= max * 0.8;
  return (
    <div className={`space-y-1.5 ${className}`}>
      <Label name={name} label={label} />
      <textarea
        id={fieldId(name)}
        rows={rows}
        className={`${inputClass} resize-y`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error, showCounter)}
        {...register(name as never)}
      />
      <div className="flex flex-wrap items-start justify-between gap-x-4">
        <FieldMessage name={name} hint={hint} />
        {max !== undefined ? <CharCounter id={`${fieldId(name)}-count`} length={length} max={max} /> : null}
      </div>
    </div>
  );
}

export function SelectField({ name, label, hint, className = '', options }: FieldProps & { options: { value: string; label: string }[] }) {
  const { register } = useFormContext<TWizardValues>();
  const error = useFieldError(name);
  return (
    <div className={`space-y-1.5 ${className}`}>
      <Label name={name} label={label} />
      <select
        id={fieldId(name)}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error, false)}
        {...register(name as never)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessage name={name} hint={hint} />
    </div>
  );
}

/** A titled group of fields inside a step. */
export function FieldGroup({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 space-y-4 rounded-xl border border-line bg-surface p-5">
      <legend className="float-left mb-1 w-full">
        <span className="block text-base font-semibold">{title}</span>
        {description ? <span className="mt-0.5 block text-sm font-normal text-muted">{description}</span> : null}
      </legend>
      <div className="clear-both space-y-4">{children}</div>
    </fieldset>
  );
}
