// A table whose header row repeats on every page it runs onto; rows never split across pages, short tables never split at all.
import { Text, View } from '@react-pdf/renderer';
import { StyleSheet } from '@react-pdf/renderer';
import { COLORS } from './theme';
import { MinorHeading } from './section';

export type Column = { header: string; /** Share of the table's width, 0–1. */ width: number; align?: 'left' | 'right' };

const tableStyles = StyleSheet.create({
  table: { borderWidth: 0.5, borderColor: COLORS.rule, marginBottom: 6 },
  header: { flexDirection: 'row', backgroundColor: COLORS.headerFill, borderBottomWidth: 0.75, borderBottomColor: COLORS.rule },
  headerCell: { paddingVertical: 3, paddingHorizontal: 4, fontSize: 7.5, fontWeight: 700, color: COLORS.muted },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: COLORS.ruleLight },
  cell: { paddingVertical: 2.5, paddingHorizontal: 4, fontSize: 8 },
});

/** Tables this short move to the next page whole, so a header never ends a page without its rows. */
const UNBREAKABLE_ROWS = 12;

/** `title` is printed above the table and kept on the same page as its first rows. */
export function DataTable({ columns, rows, title }: { columns: Column[]; rows: string[][]; title?: string }) {
  const short = rows.length <= UNBREAKABLE_ROWS;
  return (
    <View wrap={!short}>
      {title ? <MinorHeading>{title}</MinorHeading> : null}
      <Table columns={columns} rows={rows} />
    </View>
  );
}

function Table({ columns, rows }: { columns: Column[]; rows: string[][] }) {
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
    </View>
  );
}
