import type { ReactNode } from 'react';
import { fieldLabel, sectionTitle, type TSectionKey } from '@/lib/model-cards/field-labels';
import { displayValue, hasValue, shownItems } from '@/lib/model-cards/display';
import { ScrollBox } from '@/components/ui/scroll-box';

/** A top-level section: its id (`section-<key>`) lets other pages link straight to it. */
export function DocSection({ sectionKey, children }: { sectionKey: TSectionKey; children: ReactNode }) {
  const id = `section-${sectionKey}`;
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6 rounded-lg border border-line bg-surface">
      <h2 id={`${id}-title`} className="border-b border-line px-5 py-3 text-base font-semibold text-fg">
        {sectionTitle(sectionKey)}
      </h2>
      <div className="space-y-6 px-5 py-5">{children}</div>
    </section>
  );
}

/** A titled part of a section (a training job, an evaluation job's metrics). */
export function SubSection({ title, children, level = 3 }: { title: ReactNode; children: ReactNode; level?: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="space-y-3">
      <Heading className={level === 3 ? 'break-words text-sm font-semibold text-fg' : 'break-words text-sm font-medium text-muted'}>{title}</Heading>
      {children}
    </div>
  );
}

/** Card text as written: plain text, line breaks and indentation kept, long words (ARNs, URLs) wrapped. */
export function Text({ value }: { value: string }) {
  return <p className="whitespace-pre-wrap break-words">{value}</p>;
}

export function Mono({ value }: { value: string }) {
  return <span className="break-all font-mono text-[0.8125rem]">{value}</span>;
}

export function ValueList({ values }: { values: readonly string[] }) {
  const shown = shownItems(values);
  return (
    <ul className="space-y-1">
      {shown.map((value, i) => (
        <li key={i}>
          <Mono value={value} />
        </li>
      ))}
    </ul>
  );
}

export type TFieldRow = { key: string; label?: string; value: unknown; render?: ReactNode };

function defaultRender(value: unknown): ReactNode {
  if (typeof value === 'string') return <Text value={value} />;
  if (typeof value === 'number') return <span className="tabular-nums">{value}</span>;
  if (typeof value === 'boolean') return displayValue(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return <ValueList values={value} />;
  return <Mono value={JSON.stringify(value)} />;
}

/** Label | value rows; rows without a value are left out, and no rows at all renders nothing. */
export function FieldList({ rows }: { rows: TFieldRow[] }) {
  const shown = rows.filter((row) => hasValue(row.value));
  if (shown.length === 0) return null;
  return (
    <dl className="divide-y divide-line rounded-md border border-line text-sm">
      {shown.map((row) => (
        <div key={row.key} className="grid gap-1 px-4 py-2.5 sm:grid-cols-[13rem_minmax(0,1fr)] sm:gap-4">
          <dt className="text-muted">{row.label ?? fieldLabel(row.key)}</dt>
          <dd className="min-w-0 text-fg">{row.render ?? defaultRender(row.value)}</dd>
        </div>
      ))}
    </dl>
  );
}

const CELL = 'px-4 py-2 text-left align-top';

/** A small table of records; the first column heads each row. Cells are plain text. */
export function DataTable({ caption, columns, rows, mono = [] }: { caption: string; columns: string[]; rows: ReactNode[][]; mono?: number[] }) {
  return (
    <ScrollBox label={caption} className="rounded-md border border-line">
      {/* Fixed columns, the first two-fifths wide, so consecutive tables line up. */}
      <table className="w-full min-w-[28rem] table-fixed border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-sunken text-xs uppercase tracking-wide text-muted">
          <tr>
            {columns.map((column, c) => (
              <th key={column} scope="col" className={`${CELL} font-medium ${c === 0 ? 'w-2/5' : ''} ${columns.length === 3 && c === 1 ? 'w-1/5' : ''}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className="border-t border-line">
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className={`${CELL} break-words font-normal text-fg`}>
                    {cell}
                  </th>
                ) : (
                  <td key={c} className={`${CELL} whitespace-pre-wrap break-words text-fg ${mono.includes(c) ? 'font-mono tabular-nums' : ''}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** Free-form key/value pairs (custom details, evaluation metadata), keys shown as written. */
export function KeyValueTable({ caption, entries }: { caption: string; entries: Record<string, string> }) {
  const rows = Object.entries(entries).filter(([, value]) => hasValue(value));
  if (rows.length === 0) return null;
  return <DataTable caption={caption} columns={['Key', 'Value']} rows={rows.map(([key, value]) => [key, value])} />;
}
