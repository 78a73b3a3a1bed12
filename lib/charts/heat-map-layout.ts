// Geometry of a matrix metric: a grid of shaded cells with row labels on the left and column labels on top.
import { CHART_FONT_SIZE, TICK_GAP, widestLabel } from './axis';
import { formatNumber } from './format';
import { heatIntensity } from './heat-colour';
import { charsThatFit, estimateTextWidth, truncateLabel } from './text';

export type THeatCell = { row: number; column: number; x: number; y: number; width: number; height: number; value: number; text: string; intensity: number };
export type THeatLabel = { x: number; y: number; label: string; shortLabel: string };

export type THeatMapLayout = {
  width: number;
  height: number;
  cells: THeatCell[];
  rowLabels: THeatLabel[];
  columnLabels: THeatLabel[];
  /** Degrees: 0 for column labels that fit over their cells, −45 when they would collide. */
  columnLabelAngle: number;
  valueFontSize: number;
  /** False when even the smaller font cannot fit the values in the cells; the values table still holds them. */
  showValues: boolean;
  min: number;
  max: number;
};

const MAX_ROW_LABEL = 160;
const MAX_TURNED_CHARS = 18;
const SIN45 = Math.SQRT1_2;

/**
 * Columns are the x axis and rows the y axis. Model Monitor writes a confusion matrix's outer keys
 * as x_axis_name and its rows in that order, so when only the swapped reading fits the shape it is used.
 */
export function matrixLabels(
  value: readonly (readonly number[])[],
  xAxis: readonly string[] | string | undefined,
  yAxis: readonly string[] | string | undefined,
): { rows: string[]; columns: string[] } {
  const rowCount = value.length;
  const columnCount = Math.max(...value.map((row) => row.length));
  const x = Array.isArray(xAxis) ? xAxis : [];
  const y = Array.isArray(yAxis) ? yAxis : [];
  const swapped = x.length === rowCount && y.length === columnCount && !(x.length === columnCount && y.length === rowCount);
  const rows = swapped ? x : y;
  const columns = swapped ? y : x;
  const named = (labels: readonly string[], count: number, fallback: string) =>
    Array.from({ length: count }, (_, i) => (labels[i] !== undefined && labels[i].trim() !== '' ? labels[i] : `${fallback} ${i + 1}`));
  return { rows: named(rows, rowCount, 'Row'), columns: named(columns, columnCount, 'Column') };
}

export function heatMapLayout(
  value: readonly (readonly number[])[],
  labels: { rows: readonly string[]; columns: readonly string[] },
  options: { width?: number } = {},
): THeatMapLayout {
  const maxWidth = options.width ?? 640;
  const columnCount = labels.columns.length;
  const numbers = value.flat().filter(Number.isFinite);
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);

  const rowChars = charsThatFit(MAX_ROW_LABEL, CHART_FONT_SIZE);
  const rowShort = labels.rows.map((label) => truncateLabel(label, rowChars));
  const rowLabelWidth = Math.ceil(widestLabel(rowShort)) + TICK_GAP + 2;

  const cellWidth = Math.max(28, Math.min(88, (maxWidth - rowLabelWidth - 8) / columnCount));
  const cellHeight = Math.max(28, Math.min(40, cellWidth * 0.6));
  const flatFits = labels.columns.every((label) => estimateTextWidth(label, CHART_FONT_SIZE) <= cellWidth - 4);
  const columnLabelAngle = flatFits ? 0 : -45;
  const columnShort = labels.columns.map((label) => truncateLabel(label, flatFits ? label.length : MAX_TURNED_CHARS));
  const labelDepth = flatFits ? CHART_FONT_SIZE + TICK_GAP : Math.ceil(widestLabel(columnShort) * SIN45 + CHART_FONT_SIZE + TICK_GAP);
  const top = labelDepth + 4;
  const left = rowLabelWidth;
  // A label turned −45° from the last column reaches right of the grid by up to its own width × cos 45°.
  const overhang = flatFits ? 0 : Math.ceil(widestLabel(columnShort.slice(-1)) * SIN45);

  const texts = value.flat().map((n) => formatNumber(n, 3));
  const widestValue = widestLabel(texts, CHART_FONT_SIZE);
  const valueFontSize = widestValue <= cellWidth - 6 ? CHART_FONT_SIZE : 10;
  const showValues = widestLabel(texts, valueFontSize) <= cellWidth - 4;

  const cells = value.flatMap((row, r) =>
    row.map((n, c) => ({
      row: r,
      column: c,
      x: left + c * cellWidth,
      y: top + r * cellHeight,
      width: cellWidth,
      height: cellHeight,
      value: n,
      text: formatNumber(n, 3),
      intensity: heatIntensity(n, min, max),
    })),
  );

  return {
    width: Math.ceil(left + columnCount * cellWidth + Math.max(8, overhang)),
    height: Math.ceil(top + value.length * cellHeight + 4),
    cells,
    rowLabels: labels.rows.map((label, r) => ({ x: left - TICK_GAP, y: top + r * cellHeight + cellHeight / 2, label, shortLabel: rowShort[r] })),
    columnLabels: labels.columns.map((label, c) => ({ x: left + c * cellWidth + cellWidth / 2, y: top - TICK_GAP, label, shortLabel: columnShort[c] })),
    columnLabelAngle,
    valueFontSize,
    showValues,
    min,
    max,
  };
}
