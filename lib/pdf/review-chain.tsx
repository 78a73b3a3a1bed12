// The approval chain: every status change and review decision on this version in the order they happened, with who, in what role, what they decided, their comment, when, and the hash they decided on.
import { Text, View } from '@react-pdf/renderer';
import type { ReviewDto, StatusChangeDto, VersionDto } from '@/lib/server/model-cards/card-dto';
import { DataTable } from './data-table';
import { formatTimestamp } from '@/lib/format';
import { shortHash } from './page-chrome';
import { Section } from './section';
import { COLORS } from './theme';

type ChainEntry = { at: Date; who: string; role: string; decision: string; comment: string; hash: string };

/** The role an action is taken in: reviews are a reviewer's; submitting is the author's; the rest are the owner's or an admin's. */
function statusChangeEntry(change: StatusChangeDto): ChainEntry {
  const [role, decision] =
    change.fromStatus === null
      ? ['Author', 'Created (Draft)']
      : change.toStatus === 'PendingReview'
        ? ['Author', 'Submitted for review']
        : change.toStatus === 'Approved'
          ? ['Reviewer', 'Status set to Approved']
          : change.toStatus === 'Draft'
            ? ['Reviewer', 'Returned to Draft']
            : ['Owner or admin', `Status set to ${change.toStatus}`];
  return { at: change.createdAt, who: `${change.actor.name} <${change.actor.email}>`, role, decision, comment: change.comment ?? '', hash: change.contentHash };
}

function reviewEntry(review: ReviewDto): ChainEntry {
  return {
    at: review.createdAt,
    who: `${review.reviewer.name} <${review.reviewer.email}>`,
    role: 'Reviewer',
    decision: review.decision === 'Approved' ? 'Approved' : 'Changes requested',
    comment: review.comment ?? '',
    hash: review.contentHash,
  };
}

export function ReviewChain({ number, version }: { number: number; version: VersionDto }) {
  // Reviews first: at the same instant a decision comes before the status change it causes (the sort keeps that order).
  const entries = [...version.reviews.map(reviewEntry), ...version.statusChanges.map(statusChangeEntry)].sort((a, b) => a.at.getTime() - b.at.getTime());
  const allMatch = entries.every((entry) => entry.hash === version.contentHash);
  return (
    <Section number={number} title="Review and approval chain" empty={entries.length === 0}>
      <DataTable
        columns={[
          { header: 'When (UTC)', width: 0.15 },
          { header: 'Who', width: 0.22 },
          { header: 'Role', width: 0.1 },
          { header: 'Decision', width: 0.14 },
          { header: 'Comment', width: 0.27 },
          { header: 'Content hash', width: 0.12 },
        ]}
        rows={entries.map((entry) => [
          formatTimestamp(entry.at).replace(' UTC', ''),
          entry.who,
          entry.role,
          entry.decision,
          entry.comment,
          shortHash(entry.hash),
        ])}
      />
      <View>
        <Text style={{ fontSize: 7.5, color: allMatch ? COLORS.muted : COLORS.warning }}>
          {allMatch
            ? `Every decision above was made on content SHA-256 ${version.contentHash}, the hash of this version.`
            : `Some decisions name a hash other than this version's (${version.contentHash}); compare the content hash column.`}
        </Text>
      </View>
    </Section>
  );
}
