import type { ReactNode } from 'react';

/** A chart metric as a figure: its name and notes, the picture, and its numbers in a table anyone (and any screen reader) can open. */
export function ChartFrame({ title, notes, chart, values }: { title: string; notes?: string; chart: ReactNode; values: ReactNode }) {
  return (
    <figure className="min-w-0 rounded-lg border border-line bg-surface p-4">
      <figcaption className="mb-3">
        <span className="block break-words text-sm font-medium text-fg">{title}</span>
        {notes ? <span className="mt-0.5 block whitespace-pre-wrap break-words text-xs text-muted">{notes}</span> : null}
      </figcaption>
      {chart}
      <details className="group mt-3 text-sm">
        <summary className="cursor-pointer select-none rounded text-xs font-medium text-muted hover:text-fg">Show values</summary>
        <div className="mt-2 max-h-72 relative overflow-auto rounded-md border border-line">{values}</div>
      </details>
    </figure>
  );
}

const CELL = 'px-3 py-1.5 text-left align-top';

/** The numbers behind a chart; the first column names each row. */
export function ValuesTable({ caption, columns, rows }: { caption: string; columns: readonly string[]; rows: readonly (readonly (string | number)[])[] }) {
  return (
    <table className="w-full border-collapse text-xs">
      <caption className="sr-only">{caption}</caption>
      <thead className="sticky top-0 bg-sunken text-muted">
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col" className={`${CELL} font-medium`}>
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
                <th key={c} scope="row" className={`${CELL} break-all font-normal text-fg`}>
                  {cell}
                </th>
              ) : (
                <td key={c} className={`${CELL} font-mono tabular-nums text-fg`}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
