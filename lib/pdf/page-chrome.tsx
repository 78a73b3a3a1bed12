// What every page carries: the footer naming the card, version and hash with "Page x of y", and the watermark on any version that is not approved.
import { Text, View } from '@react-pdf/renderer';
import { COLORS, PAGE } from './theme';

export const WATERMARK_TEXT = 'DRAFT · NOT APPROVED';

export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

export function PageFooter({ cardName, version, contentHash }: { cardName: string; version: number; contentHash: string }) {
  return (
    <View
      fixed
      style={{
        position: 'absolute',
        left: PAGE.marginX,
        right: PAGE.marginX,
        bottom: 28,
        flexDirection: 'row',
        justifyContent: 'space-between',
        borderTopWidth: 0.5,
        borderTopColor: COLORS.rule,
        paddingTop: 5,
        fontSize: 7,
        color: COLORS.muted,
      }}
    >
      <Text>{`${cardName} · version ${version} · SHA-256 ${shortHash(contentHash)}`}</Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

export function Watermark() {
  return (
    <View fixed style={{ position: 'absolute', top: 0, left: 0, width: PAGE.width, height: PAGE.height, justifyContent: 'center', alignItems: 'center' }}>
      <Text style={{ fontSize: 54, fontWeight: 700, color: COLORS.watermark, opacity: 0.13, transform: 'rotate(-45deg)', width: 720, textAlign: 'center' }}>
        {WATERMARK_TEXT}
      </Text>
    </View>
  );
}
