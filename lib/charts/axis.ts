// Shared shapes of chart layouts: the SVG components and the PDF renderer draw the same numbers.
import { formatTick } from './format';
import type { TScale, TTicks } from './scale';
import { estimateTextWidth } from './text';

export type TTick = { value: number; position: number; label: string };

export type TPlotArea = { left: number; top: number; right: number; bottom: number };

export const CHART_FONT_SIZE = 12;
export const TITLE_FONT_SIZE = 12;
/** Space between an axis and its tick labels, and between tick labels and the axis title. */
export const TICK_GAP = 6;
export const TITLE_GAP = 10;

export function ticksAt(ticks: TTicks, scale: TScale): TTick[] {
  return ticks.values.map((value) => ({ value, position: scale(value), label: formatTick(value, ticks.step) }));
}

export function widestLabel(labels: readonly string[], fontSize = CHART_FONT_SIZE): number {
  return labels.reduce((widest, label) => Math.max(widest, estimateTextWidth(label, fontSize)), 0);
}
