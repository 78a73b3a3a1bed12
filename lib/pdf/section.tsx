// A numbered section heading that never sits alone at the bottom of a page, and the note for a section the card leaves empty.
import type { ReactNode } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { styles } from './theme';

/*
 * A heading opens its box, and the paginator never breaks right after it (minPresenceAhead): if what follows does not
 * fit, the box moves to the next page whole. The headings' line heights are whole quarter points (theme.ts) so that the
 * next box starts exactly where the heading ends: a rounding gap of a millionth of a point there was itself a place to
 * break, and left the heading alone at the foot of the page.
 */

export function Section({ number, title, empty, children }: { number: number; title: string; empty: boolean; children?: ReactNode }) {
  return (
    <View>
      <Text style={styles.sectionTitle} minPresenceAhead={60}>{`${number}. ${title}`}</Text>
      {empty ? <Text style={styles.empty}>Not provided in this version.</Text> : children}
    </View>
  );
}

export function SubHeading({ children }: { children: string }) {
  return (
    <Text style={styles.subTitle} minPresenceAhead={40}>
      {children}
    </Text>
  );
}

export function MinorHeading({ children }: { children: string }) {
  return (
    <Text style={styles.minorTitle} minPresenceAhead={48}>
      {children}
    </Text>
  );
}
