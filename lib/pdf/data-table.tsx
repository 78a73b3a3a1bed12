// A table whose header row repeats on every page it runs onto; rows never split across pages.
import { Text, View } from '@react-pdf/renderer';
import { StyleSheet } from '@react-pdf/renderer';
import { COLORS } from './theme';

export type Column = { header: string; /** Share of the table's width, 0–1. */ width: number; align?: 'left' | 'right' };

const tableStyles = StyleSheet.create({
  table: { borderWidth: 0.5, borderColor: COLORS.rule, marginBottom: 6 },
  header: { flexDirection: 'row', backgroundColor: COLORS.headerFill, borderBottomWidth: 0.75, borderBottomColor: COLORS.rule },
  headerCell: { paddingVertical: 3, paddingHorizontal: 4, fontSize: 7.5, fontWeight: 700, color: COLORS.muted },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: COLORS.ruleLight },
  cell: { paddingVertical: 2.5, paddingHorizontal: 4, fontSize: 8 },
});

export function DataTable({ columns, rows, caption }: { columns: Column[]; rows: string[][]; caption?: string }) {
  return (
    <View style={tableStyles.table}>
      <View style={tableStyles.header} fixed>
        {columns.map((column) => (
          <Text key={column.header} style={[tableStyles.headerCell, { width: `${column.width * 100}%`, textAlign: column.align ?? 'left' }]}>
            {column.header}
          </Text>
        ))}
      </View>
      {rows.map((row, rowIndex) => (
        <View key={rowIndex} style={[tableStyles.row, rowIndex % 2 === 1 ? { backgroundColor: COLORS.zebra } : {}]} wrap={false}>
          {columns.map((column, columnIndex) => (
            <Text key={column.header} style={[tableStyles.cell, { width: `${column.width * 100}%`, textAlign: column.align ?? 'left' }]}>
              {row[columnIndex] ?? ''}
            </Text>
          ))}
        </View>
      ))}
      {caption ? <Text style={{ fontSize: 7, color: COLORS.faint, padding: 3 }}>{caption}</Text> : null}
    </View>
  );
}
