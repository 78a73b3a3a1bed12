// The PDF's one look: A4, Noto Sans, a restrained ink-on-white palette that prints well in greyscale.
import { StyleSheet } from '@react-pdf/renderer';
import { PDF_FONT } from './fonts';

export const COLORS = {
  ink: '#16202c',
  muted: '#5a6473',
  faint: '#8a93a0',
  rule: '#c9cfd8',
  ruleLight: '#e3e7ed',
  headerFill: '#edf0f4',
  zebra: '#f7f8fa',
  accent: '#1d4b7a',
  accentSoft: '#dbe6f1',
  approved: '#1f6b3a',
  warning: '#9a3412',
  watermark: '#b91c1c',
} as const;

/** A4 in points, with the margins the page styles use; charts size themselves from this. */
export const PAGE = { width: 595.28, height: 841.89, marginX: 48, marginTop: 48, marginBottom: 64 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

/**
 * Headings and table headers get a line height of whole quarter points (just above Noto Sans's own 1.362 em), so every
 * box below them starts at an exact position: see section.tsx for why the paginator needs that.
 */
export const EXACT_LINE = { sectionTitle: '17.75pt', subTitle: '14.5pt', minorTitle: '12.5pt', tableHeader: '10.25pt' } as const;

export const styles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT,
    fontSize: 9,
    color: COLORS.ink,
    paddingTop: PAGE.marginTop,
    paddingBottom: PAGE.marginBottom,
    paddingHorizontal: PAGE.marginX,
  },
  sectionTitle: {
    fontSize: 13,
    lineHeight: EXACT_LINE.sectionTitle,
    fontWeight: 700,
    color: COLORS.accent,
    marginTop: 14,
    marginBottom: 6,
    paddingBottom: 3,
    borderBottomWidth: 1,
    borderBottomColor: COLORS.accent,
  },
  subTitle: { fontSize: 10.5, lineHeight: EXACT_LINE.subTitle, fontWeight: 700, marginTop: 10, marginBottom: 4 },
  minorTitle: { fontSize: 9, lineHeight: EXACT_LINE.minorTitle, fontWeight: 700, color: COLORS.accent, marginTop: 8, marginBottom: 3 },
  paragraph: { marginBottom: 4 },
  muted: { color: COLORS.muted },
  mono: { fontSize: 8 },
  fieldRow: { flexDirection: 'row', paddingVertical: 2.5, borderBottomWidth: 0.5, borderBottomColor: COLORS.ruleLight },
  fieldLabel: { width: '30%', paddingRight: 8, color: COLORS.muted, fontWeight: 600 },
  fieldValue: { width: '70%' },
  empty: { color: COLORS.faint, fontStyle: 'italic' },
});
