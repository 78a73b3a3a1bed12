// A numbered section heading that never sits alone at the bottom of a page, and the note for a section the card leaves empty.
import type { ReactNode } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { styles } from './theme';

export function Section({ number, title, empty, children }: { number: number; title: string; empty: boolean; children?: ReactNode }) {
  return (
    <View>
      {/* minPresenceAhead keeps the heading with the first lines that follow it. */}
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
