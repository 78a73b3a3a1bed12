// Chart text is measured by estimate (no DOM in the PDF renderer): an average glyph width is enough to keep labels apart.

/** Average advance of a sans-serif glyph, as a fraction of the font size; digits and lowercase sit near 0.55. */
const AVERAGE_GLYPH = 0.58;

export function estimateTextWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * AVERAGE_GLYPH;
}

/** At most `maxChars` characters, the cut marked with an ellipsis; whole labels come back unchanged. */
export function truncateLabel(label: string, maxChars: number): string {
  const chars = [...label];
  if (chars.length <= maxChars) return label;
  return `${chars
    .slice(0, Math.max(1, maxChars - 1))
    .join('')
    .trimEnd()}…`;
}

/** The most characters of this size that fit `width`. */
export function charsThatFit(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * AVERAGE_GLYPH)));
}

/** A metric's axis name: linear graphs and bar charts name one axis, matrices list labels, and either may be missing. */
export function axisTitle(name: string | readonly string[] | undefined): string | undefined {
  if (name === undefined) return undefined;
  const text = typeof name === 'string' ? name : name.join(', ');
  return text.trim() === '' ? undefined : text;
}

/** An axis title placed at (x, y); `text` is cut to the axis length and `full` keeps the whole name for a tooltip. */
export type TAxisTitle = { x: number; y: number; text: string; full: string };

export function fitTitle(title: string | undefined, x: number, y: number, length: number, fontSize = 12): TAxisTitle | undefined {
  if (title === undefined) return undefined;
  return { x, y, text: truncateLabel(title, charsThatFit(length, fontSize)), full: title };
}
