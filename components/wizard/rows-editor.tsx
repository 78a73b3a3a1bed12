'use client';

// Editable rows (a list of texts, metrics, hyper-parameters, key/value pairs): add, remove, and reorder with buttons a keyboard reaches.
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { ReactNode } from 'react';
import { inputClass } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import type { TWizardValues } from '@/components/wizard/wizard-form';
import { fieldId } from './field-id';
import { FieldMessage, useFieldError } from './form-fields';

export type RowColumn = { key: string; label: string; placeholder?: string; inputMode?: 'decimal'; width?: string };

function RowInput({ name, label, placeholder, inputMode }: { name: string; label: string; placeholder?: string; inputMode?: 'decimal' }) {
  const { register } = useFormContext<TWizardValues>();
  const error = useFieldError(name);
  return (
    <input
      id={fieldId(name)}
      aria-label={label}
      placeholder={placeholder}
      inputMode={inputMode}
      autoComplete="off"
      className={inputClass}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${fieldId(name)}-error` : undefined}
      {...register(name as never)}
    />
  );
}

export function RowActions({
  index,
  count,
  what,
  move,
  remove,
}: {
  index: number;
  count: number;
  what: string;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}) {
  const label = `${what} ${index + 1}`;
  return (
    <div className="flex shrink-0 items-center gap-1">
      <button
        type="button"
        className={iconButton}
        aria-label={`Move up ${label}`}
        title="Move up"
        disabled={index === 0}
        onClick={() => move(index, index - 1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className={iconButton}
        aria-label={`Move down ${label}`}
        title="Move down"
        disabled={index === count - 1}
        onClick={() => move(index, index + 1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className={`${iconButton} hover:text-danger`} aria-label={`Remove ${label}`} title="Remove" onClick={() => remove(index)}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}

const iconButton =
  'inline-flex h-9 w-9 items-center justify-center rounded-md border border-line bg-surface text-sm text-muted hover:bg-sunken hover:text-fg disabled:cursor-not-allowed disabled:opacity-40';

/**
 * `columns` name the fields of each row; a list of plain texts is one column called "value".
 * `what` names one row in the buttons' labels ("Move up dataset 2").
 */
export function RowsEditor({
  name,
  title,
  description,
  what,
  columns,
  newRow,
  emptyText,
  footer,
}: {
  name: string;
  title: string;
  description?: string;
  what: string;
  columns: RowColumn[];
  newRow: Record<string, unknown>;
  emptyText: string;
  footer?: ReactNode;
}) {
  const { control } = useFormContext<TWizardValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: name as never });
  const headingId = `${fieldId(name)}-title`;
  return (
    <div className="space-y-2" role="group" aria-labelledby={headingId}>
      <div>
        <h3 id={headingId} className="text-sm font-medium">
          {title}
        </h3>
        {description ? <p className="text-xs text-muted">{description}</p> : null}
      </div>
      {fields.length === 0 ? (
        <p className="rounded-md border border-dashed border-line px-3 py-3 text-sm text-muted">{emptyText}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full border-separate border-spacing-y-1.5 text-sm">
            {columns.length > 1 ? (
              <thead>
                <tr className="text-left text-xs font-medium text-muted">
                  <th scope="col" className="w-8 pr-2 font-medium">
                    <span className="sr-only">Row</span>
                  </th>
                  {columns.map((column) => (
                    <th key={column.key} scope="col" className={`pr-2 font-medium ${column.width ?? ''}`}>
                      {column.label}
                    </th>
                  ))}
                  <th scope="col" className="w-32 font-medium">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
            ) : null}
            <tbody>
              {fields.map((field, index) => (
                <tr key={field.id} className="align-top">
                  <td className="w-8 pr-2 pt-2 text-xs tabular-nums text-muted">{index + 1}</td>
                  {columns.map((column) => {
                    const cell = `${name}.${index}.${column.key}`;
                    return (
                      <td key={column.key} className={`pr-2 ${column.width ?? ''}`}>
                        <RowInput name={cell} label={`${column.label}, ${what} ${index + 1}`} placeholder={column.placeholder} inputMode={column.inputMode} />
                        <FieldMessage name={cell} />
                      </td>
                    );
                  })}
                  <td className="w-32">
                    <RowActions index={index} count={fields.length} what={what} move={move} remove={remove} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button id={fieldId(name)} variant="secondary" className="px-3 py-1.5" onClick={() => append(newRow as never)}>
          <span aria-hidden="true">+</span> Add {what}
        </Button>
        {footer}
      </div>
      <FieldMessage name={name} />
    </div>
  );
}

export function TextListEditor({
  name,
  title,
  description,
  what,
  placeholder,
}: {
  name: string;
  title: string;
  description?: string;
  what: string;
  placeholder?: string;
}) {
  return (
    <RowsEditor
      name={name}
      title={title}
      description={description}
      what={what}
      columns={[{ key: 'value', label: title, placeholder }]}
      newRow={{ value: '' }}
      emptyText={`No ${what}s yet.`}
    />
  );
}
