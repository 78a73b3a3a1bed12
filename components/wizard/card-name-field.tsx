'use client';

import { useFormContext } from 'react-hook-form';
import { inputClass } from '@/components/ui/field';
import { CARD_NAME_MAX_CHARS } from '@/lib/schemas/card-name';
import type { TWizardValues } from '@/components/wizard/wizard-form';
import { fieldId } from './field-id';
import { useFieldError } from './form-fields';
import type { NameCheck } from './use-name-check';

/** The new card's name, with the server's answer (pattern and availability) shown as you type. */
export function CardNameField({ check }: { check: NameCheck }) {
  const { register } = useFormContext<TWizardValues>();
  // The server's answer shows as soon as it arrives, unlike other fields' messages, which wait for the field to be left.
  const error = useFieldError('name') ?? (check.state === 'unavailable' ? (check.message ?? undefined) : undefined);
  const id = fieldId('name');
  const status =
    check.state === 'checking' ? (
      <span className="text-muted">Checking…</span>
    ) : check.state === 'available' ? (
      <span className="font-medium text-success">
        <span aria-hidden="true">✓ </span>Available
      </span>
    ) : null;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-fg">
        Card name
      </label>
      <input
        id={id}
        className={`${inputClass} max-w-md`}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${error ? `${id}-error` : ''}`.trim()}
        {...register('name')}
      />
      <p id={`${id}-hint`} className="flex flex-wrap gap-x-3 text-xs text-muted">
        <span>Letters, digits and hyphens, up to {CARD_NAME_MAX_CHARS}; it cannot be changed later.</span>
        <span role="status" aria-live="polite">
          {status}
        </span>
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** An existing card's name is fixed, so it is shown, not edited. */
export function FixedCardName({ name }: { name: string }) {
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium">Card name</p>
      <p className="font-mono text-sm">{name}</p>
      <p className="text-xs text-muted">A card’s name never changes.</p>
    </div>
  );
}
