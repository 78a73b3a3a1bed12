// Geometry of a linear_graph metric: a nice-ticked x and y axis and the polyline through the points in data order.
import { CHART_FONT_SIZE, TICK_GAP, TITLE_FONT_SIZE, TITLE_GAP, ticksAt, widestLabel, type TPlotArea, type TTick } from './axis';
import { linearScale, niceTicks, type TTicks } from './scale';
import { fitTitle, type TAxisTitle } from './text';

export type TLineLayout = {
  width: number;
  height: number;
  plot: TPlotArea;
  xTicks: TTick[];
  yTicks: TTick[];
  /** SVG path data ("M x y L x y …") in layout coordinates. */
  path: string;
  points: { x: number; y: number; value: readonly [number, number] }[];
  /** Markers help when points are few; a dense curve reads better as a line alone. */
  showMarkers: boolean;
  xTitle?: TAxisTitle;
  yTitle?: TAxisTitle;
};

const MAX_MARKERS = 40;

/** Round ticks inside [min, max], with the axis running from min to max; a single x value keeps padded ticks. */
function innerTicks(min: number, max: number, count: number): TTicks {
  const ticks = niceTicks(min, max, count);
  if (min === max) return ticks;
  const values = ticks.values.filter((value) => value >= min - ticks.step * 1e-9 && value <= max + ticks.step * 1e-9);
  return { ...ticks, min, max, values };
}

export function lineLayout(
  values: readonly (readonly [number, number])[],
  options: { width?: number; height?: number; xTitle?: string; yTitle?: string } = {},
): TLineLayout {
  const width = options.width ?? 640;
  const height = options.height ?? 300;
  const xs = values.map(([x]) => x);
  const ys = values.map(([, y]) => y);
  // x spans exactly the data (a curve ending at epoch 119 should not run on to 150); y rounds out to whole ticks.
  const xTicks = innerTicks(Math.min(...xs), Math.max(...xs), Math.max(2, Math.round(width / 110)));
  const yTicks = niceTicks(Math.min(...ys), Math.max(...ys), 5);

  const yLabelWidth = widestLabel(ticksAt(yTicks, (v) => v).map((tick) => tick.label));
  const left = Math.ceil((options.yTitle ? TITLE_FONT_SIZE + TITLE_GAP : 0) + yLabelWidth + TICK_GAP + 4);
  const bottom = CHART_FONT_SIZE + TICK_GAP + 4 + (options.xTitle ? TITLE_FONT_SIZE + TITLE_GAP : 0);
  // The last x tick label is centred on the right edge, so leave half its width.
  const lastXLabel = widestLabel([ticksAt(xTicks, (v) => v).at(-1)?.label ?? '']);
  const plot: TPlotArea = { left, top: 10, right: width - Math.max(12, Math.ceil(lastXLabel / 2) + 2), bottom: height - bottom };

  const x = linearScale([xTicks.min, xTicks.max], [plot.left, plot.right]);
  const y = linearScale([yTicks.min, yTicks.max], [plot.bottom, plot.top]);
  const points = values.map((value) => ({ x: x(value[0]), y: y(value[1]), value }));
  const path = points.map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x.toFixed(2)} ${point.y.toFixed(2)}`).join(' ');

  return {
    width,
    height,
    plot,
    xTicks: ticksAt(xTicks, x),
    yTicks: ticksAt(yTicks, y),
    path,
    points,
    showMarkers: points.length <= MAX_MARKERS,
    xTitle: fitTitle(options.xTitle, (plot.left + plot.right) / 2, height - 4, plot.right - plot.left),
    yTitle: fitTitle(options.yTitle, TITLE_FONT_SIZE, (plot.top + plot.bottom) / 2, plot.bottom - plot.top),
  };
}
