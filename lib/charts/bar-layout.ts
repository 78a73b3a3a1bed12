// Geometry of a bar_chart metric: one bar per category from a zero baseline, category labels turned or cut so none overlap.
import { CHART_FONT_SIZE, TICK_GAP, TITLE_FONT_SIZE, TITLE_GAP, ticksAt, widestLabel, type TPlotArea, type TTick } from './axis';
import { linearScale, niceTicks } from './scale';
import { charsThatFit, estimateTextWidth, fitTitle, truncateLabel, type TAxisTitle } from './text';

export type TBar = {
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  /** The category as given, and as drawn (cut to fit, with an ellipsis). */
  label: string;
  shortLabel: string;
  /** Where the category label is anchored: below the bar's centre. */
  labelX: number;
  labelY: number;
  /** With more bars than turned labels can fit, every n-th is labelled; the rest are named by their tooltip and the values table. */
  showLabel: boolean;
};

export type TBarLayout = {
  width: number;
  height: number;
  plot: TPlotArea;
  bars: TBar[];
  yTicks: TTick[];
  /** The y of value 0, where bars start. */
  baseline: number;
  /** Degrees: 0 for labels that fit side by side, −45 when they would collide. */
  labelAngle: number;
  /** Values print above bars only when there is room for them. */
  showValues: boolean;
  yTitle?: TAxisTitle;
};

const SIN45 = Math.SQRT1_2;
/** A turned label longer than this would push the plot into a thin strip. */
const MAX_TURNED_CHARS = 18;

/** Category labels for each value; a missing label shows the position so every bar can still be named. */
function barLabels(values: readonly number[], labels: readonly string[] | undefined): string[] {
  return values.map((_, i) => (labels?.[i] !== undefined && labels[i].trim() !== '' ? labels[i] : `#${i + 1}`));
}

export function barLayout(
  values: readonly number[],
  labels: readonly string[] | undefined,
  options: { width?: number; height?: number; yTitle?: string } = {},
): TBarLayout {
  const width = options.width ?? 640;
  const plotHeight = options.height ?? 240;
  const names = barLabels(values, labels);
  // Bars grow from zero, so the axis always includes it.
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), 4);
  const yLabelWidth = widestLabel(ticksAt(ticks, (v) => v).map((tick) => tick.label));
  const axisLeft = Math.ceil((options.yTitle ? TITLE_FONT_SIZE + TITLE_GAP : 0) + yLabelWidth + TICK_GAP + 4);

  const provisionalBand = (width - axisLeft - 12) / values.length;
  const fitsFlat = names.every((name) => estimateTextWidth(name, CHART_FONT_SIZE) <= provisionalBand - 4);
  const flatChars = charsThatFit(provisionalBand - 4, CHART_FONT_SIZE);
  // Turned labels are only worth it when a flat label would lose most of its text.
  const labelAngle = fitsFlat || flatChars >= 12 ? 0 : -45;
  const maxChars = labelAngle === 0 ? flatChars : MAX_TURNED_CHARS;
  const shortLabels = names.map((name) => truncateLabel(name, maxChars));
  const longest = widestLabel(shortLabels);
  const labelDepth = labelAngle === 0 ? CHART_FONT_SIZE : Math.ceil(longest * SIN45 + CHART_FONT_SIZE);
  // A turned first label reaches left of its bar; keep it inside the chart.
  const left = labelAngle === 0 ? axisLeft : Math.max(axisLeft, Math.ceil(longest * SIN45 - provisionalBand / 2 + 4));

  const plot: TPlotArea = { left, top: 16, right: width - 12, bottom: 16 + plotHeight };
  const height = plot.bottom + TICK_GAP + labelDepth + 6;
  const band = (plot.right - plot.left) / values.length;
  const barWidth = Math.max(1, Math.min(64, band * 0.7));
  const y = linearScale([ticks.min, ticks.max], [plot.bottom, plot.top]);
  const baseline = y(0);

  // Turned labels sit one line-height apart at least, or they print over each other.
  const labelEvery = labelAngle === 0 ? 1 : Math.max(1, Math.ceil((CHART_FONT_SIZE + 2) / (band * SIN45)));
  const bars = values.map((value, i) => {
    const centre = plot.left + band * (i + 0.5);
    const top = Math.min(y(value), baseline);
    return {
      x: centre - barWidth / 2,
      y: top,
      width: barWidth,
      height: Math.abs(y(value) - baseline),
      value,
      label: names[i],
      shortLabel: shortLabels[i],
      labelX: centre,
      labelY: plot.bottom + TICK_GAP + (labelAngle === 0 ? CHART_FONT_SIZE - 2 : 2),
      showLabel: i % labelEvery === 0,
    };
  });

  return {
    width,
    height,
    plot,
    bars,
    yTicks: ticksAt(ticks, y),
    baseline,
    labelAngle,
    showValues: band >= 40,
    yTitle: fitTitle(options.yTitle, TITLE_FONT_SIZE, (plot.top + plot.bottom) / 2, plotHeight),
  };
}
