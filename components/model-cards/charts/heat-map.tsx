import { formatNumber } from '@/lib/charts/format';
import { heatColour } from '@/lib/charts/heat-colour';
import { heatMapLayout, matrixLabels } from '@/lib/charts/heat-map-layout';
import type { TMetricData } from '@/lib/schemas/model-card-content';
import { ChartFrame, ValuesTable } from './chart-frame';

type TMatrixMetric = Extract<TMetricData, { type: 'matrix' }>;

/** Both themes' colours at once, so the page's light or dark scheme picks without any script. */
function themed(t: number): { fill: string; text: string } {
  const light = heatColour(t, 'light');
  const dark = heatColour(t, 'dark');
  return { fill: `light-dark(${light.fill}, ${dark.fill})`, text: `light-dark(${light.text}, ${dark.text})` };
}

/** A matrix metric (a confusion matrix, typically): each cell shaded by its value and the value printed on it. */
export function HeatMap({ metric }: { metric: TMatrixMetric }) {
  const labels = matrixLabels(metric.value, metric.x_axis_name, metric.y_axis_name);
  const layout = heatMapLayout(metric.value, labels, { width: 520 });
  const label = `Heat map of ${labels.rows.length} rows by ${labels.columns.length} columns, values from ${formatNumber(layout.min)} to ${formatNumber(layout.max)}. The table of values follows.`;
  const turned = layout.columnLabelAngle !== 0;
  return (
    <ChartFrame
      title={metric.name}
      notes={metric.notes}
      chart={
        <svg role="img" aria-label={label} viewBox={`0 0 ${layout.width} ${layout.height}`} className="block h-auto w-full" style={{ maxWidth: layout.width }}>
          {layout.cells.map((cell) => {
            const colour = themed(cell.intensity);
            return (
              <g key={`${cell.row}-${cell.column}`}>
                <rect x={cell.x} y={cell.y} width={cell.width} height={cell.height} style={{ fill: colour.fill }} className="stroke-surface" strokeWidth={1}>
                  <title>{`${labels.rows[cell.row]} × ${labels.columns[cell.column]}: ${formatNumber(cell.value, 6)}`}</title>
                </rect>
                {layout.showValues ? (
                  <text
                    x={cell.x + cell.width / 2}
                    y={cell.y + cell.height / 2}
                    dy="0.35em"
                    textAnchor="middle"
                    fontSize={layout.valueFontSize}
                    style={{ fill: colour.text }}
                    className="tabular-nums"
                  >
                    {cell.text}
                  </text>
                ) : null}
              </g>
            );
          })}
          {layout.rowLabels.map((row, r) => (
            <text key={r} x={row.x} y={row.y} dy="0.32em" textAnchor="end" fontSize={12} className="fill-muted">
              {row.shortLabel !== row.label ? <title>{row.label}</title> : null}
              {row.shortLabel}
            </text>
          ))}
          {layout.columnLabels.map((column, c) => (
            <text
              key={c}
              x={column.x}
              y={column.y}
              textAnchor={turned ? 'start' : 'middle'}
              transform={turned ? `rotate(${layout.columnLabelAngle} ${column.x} ${column.y})` : undefined}
              fontSize={12}
              className="fill-muted"
            >
              {column.shortLabel !== column.label ? <title>{column.label}</title> : null}
              {column.shortLabel}
            </text>
          ))}
        </svg>
      }
      values={
        <ValuesTable
          caption={`Values of ${metric.name}: rows ${labels.rows.join(', ')}; columns ${labels.columns.join(', ')}`}
          columns={['', ...labels.columns]}
          rows={metric.value.map((row, r) => [labels.rows[r], ...labels.columns.map((_, c) => (row[c] === undefined ? '' : formatNumber(row[c], 6)))])}
        />
      }
    />
  );
}
