// A table whose header row repeats on every page it runs onto and never ends a page on its own; rows never split across pages, short tables never split at all.
import { Text, View } from '@react-pdf/renderer';
import { StyleSheet } from '@react-pdf/renderer';
import { COLORS, EXACT_LINE } from './theme';
import { MinorHeading } from './section';

export type Column = { header: string; /** Share of the table's width, 0–1. */ width: number; align?: 'left' | 'right' };

/**
 * The heading, the header row and the rows are siblings in one box without edges, and the rules are the rows' own:
 * the paginator breaks a wrapping box just after its top edge, so a bordered table box could leave its top rule
 * and the heading above it alone at the foot of a page.
 */
const tableStyles = StyleSheet.create({
  header: { flexDirection: 'row', borderLeftWidth: 0.5, borderRightWidth: 0.5, borderColor: COLORS.rule },
  headerCell: {
    paddingVertical: 3,
    paddingHorizontal: 4,
    fontSize: 7.5,
    lineHeight: EXACT_LINE.tableHeader,
    fontWeight: 700,
    color: COLORS.muted,
    backgroundColor: COLORS.headerFill,
    borderTopWidth: 0.5,
    borderTopColor: COLORS.rule,
    borderBottomWidth: 0.75,
    borderBottomColor: COLORS.rule,
  },
  row: {
    flexDirection: 'row',
    borderLeftWidth: 0.5,
    borderRightWidth: 0.5,
    borderLeftColor: COLORS.rule,
    borderRightColor: COLORS.rule,
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.ruleLight,
  },
  cell: { paddingVertical: 2.5, paddingHorizontal: 4, fontSize: 8 },
});

const zebraRow = { ...tableStyles.row, backgroundColor: COLORS.zebra };
const lastRow = { borderBottomColor: COLORS.rule, marginBottom: 6 };

/** Tables this short move to the next page whole, so a header never ends a page without its rows. */
const UNBREAKABLE_ROWS = 12;

/** No page break within this many points after the header row: less than a row, so the first row stays with it. */
const HEADER_PRESENCE_AHEAD = 12;

/** `title` is printed above the table and kept on the same page as its first rows. */
export function DataTable({ columns, rows, title }: { columns: Column[]; rows: string[][]; title?: string }) {
  const short = rows.length <= UNBREAKABLE_ROWS;
  // Each column's cell style is built once per table, not merged again for every cell.
  const place = (column: Column) => ({ width: `${column.width * 100}%`, textAlign: column.align ?? 'left' }) as const;
  const headerCells = columns.map((column) => ({ ...tableStyles.headerCell, ...place(column) }));
  const cells = columns.map((column) => ({ ...tableStyles.cell, ...place(column) }));
  const rowStyle = (index: number) => {
    const style = index % 2 === 1 ? zebraRow : tableStyles.row;
    return index === rows.length - 1 ? { ...style, ...lastRow } : style;
  };
  return (
    <View wrap={!short}>
      {title ? <MinorHeading>{title}</MinorHeading> : null}
      <View style={rows.length === 0 ? { ...tableStyles.header, marginBottom: 6 } : tableStyles.header} fixed minPresenceAhead={HEADER_PRESENCE_AHEAD}>
        {columns.map((column, columnIndex) => (
          <Text key={column.header} style={headerCells[columnIndex]}>
            {column.header}
          </Text>
        ))}
      </View>
      {rows.map((row, rowIndex) => (
        <View key={rowIndex} style={rowStyle(rowIndex)} wrap={false}>
          {columns.map((column, columnIndex) => (
            <Text key={column.header} style={cells[columnIndex]}>
              {row[columnIndex] ?? ''}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
