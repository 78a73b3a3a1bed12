// Plain-text and Markdown tables for benchmark output: the first columns are labels (left-aligned), the rest figures (right-aligned).
export type Table = { header: string[]; rows: string[][]; labelColumns?: number };

export function formatTable({ header, rows, labelColumns = 1 }: Table): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column < labelColumns ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}

/** The same table as GitHub Markdown, ready to paste into a README. */
export function formatMarkdownTable({ header, rows, labelColumns = 1 }: Table): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  const rule = `|${header.map((_, column) => (column < labelColumns ? ' --- ' : ' ---: ')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
