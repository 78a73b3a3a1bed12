// Every version, newest first: number, author, time, status, hash, and under it the status changes and review records of that version.
import Link from 'next/link';
import type { VersionSummaryDto } from '@/lib/server/model-cards/card-dto';
import type { TimelineEntryDto } from '@/lib/server/model-cards/get-card-timeline';
import { formatDateTime } from '@/lib/format';
import { StatusBadge } from '@/components/model-cards/hub/badges';
import { ContentHash } from '@/components/model-cards/card-page/content-hash';
import { describeTimelineEntry, timelineTone } from './timeline-text';

export function VersionList({
  cardName,
  latest,
  versions,
  entries,
}: {
  cardName: string;
  latest: number;
  versions: VersionSummaryDto[];
  entries: TimelineEntryDto[];
}) {
  return (
    <ol aria-label="Versions" className="space-y-3">
      {versions.map((version) => (
        <VersionItem
          key={version.version}
          cardName={cardName}
          latest={latest}
          version={version}
          entries={entries.filter((entry) => entry.version === version.version)}
        />
      ))}
    </ol>
  );
}

function VersionItem({ cardName, latest, version, entries }: { cardName: string; latest: number; version: VersionSummaryDto; entries: TimelineEntryDto[] }) {
  const number = version.version;
  const href = number === latest ? `/model-cards/${cardName}` : `/model-cards/${cardName}/versions/${number}`;
  return (
    <li className="rounded-xl border border-line bg-surface p-4" data-version={number} aria-labelledby={`version-${number}-title`}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={`version-${number}-title`} className="text-base font-semibold">
            <Link href={href} className="underline-offset-2 hover:text-accent hover:underline">
              Version {number}
            </Link>
          </h2>
          {number === latest ? <span className="text-xs font-medium text-muted">latest</span> : null}
          <StatusBadge status={version.status} />
          <ContentHash hash={version.contentHash} />
        </div>
        <nav aria-label={`Compare version ${number}`} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {number > 1 ? (
            <Link
              href={`/model-cards/${cardName}/diff?from=${number - 1}&to=${number}`}
              className="text-muted underline-offset-2 hover:text-fg hover:underline"
            >
              Changes from version {number - 1}
            </Link>
          ) : null}
          {number < latest ? (
            <Link href={`/model-cards/${cardName}/diff?from=${number}&to=${latest}`} className="text-muted underline-offset-2 hover:text-fg hover:underline">
              Compare with latest
            </Link>
          ) : null}
        </nav>
      </div>
      <p className="mt-1 text-sm text-muted">
        Saved by <span className="text-fg">{version.author.name}</span> on{' '}
        <time dateTime={version.createdAt.toISOString()}>{formatDateTime(version.createdAt)}</time>
      </p>
      {entries.length > 0 ? (
        <ul aria-label={`Status changes and reviews of version ${number}`} className="mt-3 space-y-1.5 border-t border-line pt-3">
          {[...entries].reverse().map((entry) => (
            <li key={entry.id} className="relative pl-4 text-sm">
              <span aria-hidden className={`absolute left-0 top-1.5 size-2 rounded-full ${timelineTone(entry)}`} />
              <span className="font-medium">{entry.actor.name}</span> {describeTimelineEntry(entry)}
              <span className="text-muted"> · {formatDateTime(entry.at)}</span>
              {entry.comment ? <q className="mt-0.5 block whitespace-pre-wrap break-words text-muted">{entry.comment}</q> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 border-t border-line pt-3 text-sm text-muted">
          {number === latest
            ? 'Saved as a Draft; not submitted for review yet.'
            : 'No status change or review: saved as a Draft and replaced by a newer version.'}
        </p>
      )}
    </li>
  );
}
