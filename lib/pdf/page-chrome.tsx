// What every page carries: the footer naming the card, version and hash with "Page x of y", and the watermark on any version that is not approved.
import type { ReactNode } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { COLORS, PAGE } from './theme';

export const WATERMARK_TEXT = 'DRAFT · NOT APPROVED';

export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

export type PageChromeProps = {
  cardName: string;
  version: number;
  contentHash: string;
  watermark: boolean;
  children?: ReactNode;
  pageNumber?: number;
  totalPages?: number;
};

/**
 * The page's layout (react-pdf's `layout` prop): the content flows where `children` sit and the footer and
 * watermark are drawn around it on every page. Page numbers come from the layout's props, not from a `render`
 * callback, so the content is measured once and packed into pages instead of being laid out again for every
 * page break (the profile's largest cost on a 20-page card).
 */
export function PageChrome({ cardName, version, contentHash, watermark, children, pageNumber, totalPages }: PageChromeProps) {
  return (
    <>
      {children}
      <View
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
        <Text>{`Page ${pageNumber ?? 1} of ${totalPages ?? pageNumber ?? 1}`}</Text>
      </View>
      {/* Last, so it is painted over table shading rather than hidden under it. */}
      {watermark ? <Watermark /> : null}
    </>
  );
}

function Watermark() {
  return (
    <View style={{ position: 'absolute', top: 0, left: 0, width: PAGE.width, height: PAGE.height, justifyContent: 'center', alignItems: 'center' }}>
      <Text style={{ fontSize: 54, fontWeight: 700, color: COLORS.watermark, opacity: 0.13, transform: 'rotate(-45deg)', width: 720, textAlign: 'center' }}>
        {WATERMARK_TEXT}
      </Text>
    </View>
  );
}
