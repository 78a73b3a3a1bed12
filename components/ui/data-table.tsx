// The console's plain data tables share one frame: a bordered box that scrolls sideways on narrow screens, a caption for screen
// readers, one header row of column names; the rows are the caller's.
import type { ReactNode } from 'react';

export type TDataTableColumn = {
  label: ReactNode;
  /** Extra classes for the header cell: its alignment, or the breakpoint from which it shows (`hidden lg:table-cell`). */
  className?: string;
};

export function DataTable({ caption, columns, children }: { caption: string; columns: TDataTableColumn[]; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-sunken text-xs uppercase tracking-wide text-muted">
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={`px-4 py-2.5 font-medium ${column.className ?? ''}`.trim()}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">{children}</tbody>
      </table>
    </div>
  );
}
