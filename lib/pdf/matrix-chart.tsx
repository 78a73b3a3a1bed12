// A matrix metric as a grid: column labels across the top, row labels down the side, each cell shaded by its value and printed exactly.
import { Text, View } from '@react-pdf/renderer';
import { StyleSheet } from '@react-pdf/renderer';
import type { TMetricData } from '@/lib/schemas/model-card-content';
import { COLORS, CONTENT_WIDTH } from './theme';
import { heatColor } from './chart-scale';

type MatrixMetric = Extract<TMetricData, { type: 'matrix' }>;

const CELL_GAP = 1;

const matrixStyles = StyleSheet.create({
  row: { flexDirection: 'row' },
  // Cells sit 1 pt apart on the white page (a margin, not a white border: borders are drawn as curves, four per cell).
  cell: { textAlign: 'center', margin: CELL_GAP / 2, paddingVertical: 2 },
  header: { justifyContent: 'flex-end', alignItems: 'center', paddingVertical: 2, color: COLORS.muted, fontWeight: 600 },
});

/**
 * SageMaker's Model Monitor writes the outer (row) keys as x_axis_name and the inner (column) keys
 * as y_axis_name (reference §3.5), so rows are labelled from x and columns from y.
 */
export function MatrixChart({ metric }: { metric: MatrixMetric }) {
  const rows = metric.value;
  const columnCount = Math.max(...rows.map((row) => row.length));
  const rowLabels = metric.x_axis_name ?? [];
  const columnLabels = metric.y_axis_name ?? [];
  const values = rows.flat();
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const labelWidth = Math.min(90, CONTENT_WIDTH * 0.2);
  const cellWidth = Math.min(48, (CONTENT_WIDTH - labelWidth) / columnCount);
  const fontSize = columnCount > 12 ? 5.5 : columnCount > 8 ? 6.5 : 7.5;
  // Noto Sans averages ~0.55 em per character; labels that would overlap are numbered and listed under the grid.
  const numbered = columnLabels.some((label) => label.length * fontSize * 0.55 > cellWidth - 2);
  const header = (column: number) => (numbered ? String(column + 1) : (columnLabels[column] ?? String(column + 1)));
  return (
    <View wrap={false} style={{ marginVertical: 4 }}>
      <View style={matrixStyles.row}>
        <Text style={{ width: labelWidth, fontSize, color: COLORS.faint, paddingRight: 4, textAlign: 'right' }}>row / column</Text>
        {Array.from({ length: columnCount }, (_, column) => (
          <Text key={column} style={[matrixStyles.header, { width: cellWidth, fontSize }]}>
            {header(column)}
          </Text>
        ))}
      </View>
      {rows.map((row, rowIndex) => (
        <View key={rowIndex} style={matrixStyles.row}>
          <Text style={{ width: labelWidth, fontSize, fontWeight: 600, color: COLORS.muted, paddingRight: 4, textAlign: 'right', paddingVertical: 2 }}>
            {rowLabels[rowIndex] ?? String(rowIndex + 1)}
          </Text>
          {row.map((value, column) => {
            const color = heatColor(value, min, max);
            // One shaded text per cell, not a text in a box: a 20 × 20 matrix is 400 nodes to lay out, not 800.
            return (
              <Text key={column} style={{ ...matrixStyles.cell, width: cellWidth - CELL_GAP, fontSize, backgroundColor: color.fill, color: color.text }}>
                {String(value)}
              </Text>
            );
          })}
        </View>
      ))}
      {numbered ? (
        <Text style={{ marginLeft: labelWidth, marginTop: 2, fontSize: 6.5, color: COLORS.muted }}>
          {`Columns: ${columnLabels.map((label, column) => `${column + 1} = ${label}`).join(', ')}.`}
        </Text>
      ) : null}
      <Text style={{ marginLeft: labelWidth, marginTop: 2, fontSize: 6.5, color: COLORS.muted }}>{`Shading from ${min} (lightest) to ${max} (darkest).`}</Text>
    </View>
  );
}
