import Link from 'next/link';
import type { TimelineEntryDto } from '@/lib/server/model-cards/get-card-timeline';
import { formatDateTime } from '@/lib/format';
import { describeTimelineEntry, timelineTone } from './timeline-text';

/** Status changes and reviews, newest first: who, what, when, which version (linked) and the comment in full. */
export function CardTimeline({
  cardName,
  entries,
  truncated = false,
  headingLevel = 2,
  title = 'Timeline',
}: {
  cardName: string;
  entries: TimelineEntryDto[];
  truncated?: boolean;
  headingLevel?: 2 | 3;
  title?: string;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="timeline-title" className="rounded-xl border border-line bg-surface p-5">
      <Heading id="timeline-title" className="text-sm font-semibold">
        {title}
      </Heading>
      {entries.length === 0 ? (
        <p className="mt-3 text-sm text-muted">Nothing has happened to this card yet.</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {entries.map((entry) => (
            <TimelineItem key={entry.id} cardName={cardName} entry={entry} />
          ))}
        </ol>
      )}
      {truncated ? <p className="mt-4 text-xs text-muted">Only the latest 500 events are shown; the audit trail keeps every one.</p> : null}
    </section>
  );
}

function TimelineItem({ cardName, entry }: { cardName: string; entry: TimelineEntryDto }) {
  return (
    <li className="relative pl-5" data-timeline-entry>
      <span aria-hidden className={`absolute left-0 top-1.5 size-2 rounded-full ${timelineTone(entry)}`} />
      <p className="text-sm">
        <span className="font-medium">{entry.actor.name}</span> {describeTimelineEntry(entry)}
      </p>
      <p className="mt-0.5 text-xs text-muted">
        <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
        {' · '}
        <Link href={`/model-cards/${cardName}/versions/${entry.version}`} className="underline-offset-2 hover:text-fg hover:underline">
          version {entry.version}
        </Link>
        {' · '}
        <span className="font-mono" title={`SHA-256 ${entry.contentHash}`}>
          {entry.contentHash.slice(0, 12)}
        </span>
      </p>
      {entry.comment ? (
        <blockquote className="mt-2 whitespace-pre-wrap break-words rounded-md border-l-2 border-line bg-sunken px-3 py-2 text-sm">{entry.comment}</blockquote>
      ) : null}
    </li>
  );
}
