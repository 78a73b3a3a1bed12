// The card page's version selector: a disclosure listing recent versions as links (keyboard and screen-reader friendly, no script needed), and the whole history.
import Link from 'next/link';
import type { VersionSummaryDto } from '@/lib/server/model-cards/card-dto';
import { formatDateTime } from '@/lib/format';
import { StatusBadge } from '@/components/model-cards/hub/badges';

export function VersionMenu({ cardName, current, latest, versions }: { cardName: string; current: number; latest: number; versions: VersionSummaryDto[] }) {
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-sunken [&::-webkit-details-marker]:hidden">
        Version {current}
        {current === latest ? <span className="text-muted">(latest)</span> : null}
        <span aria-hidden className="text-xs text-muted transition-transform group-open:rotate-180">
          ▾
        </span>
        <span className="sr-only">, choose another version</span>
      </summary>
      <div className="absolute left-0 z-30 mt-1 w-80 max-w-[calc(100vw-2rem)] rounded-lg border border-line bg-surface p-1 shadow-lg">
        <ul aria-label="Versions" className="max-h-72 overflow-y-auto">
          {versions.map((version) => (
            <li key={version.version}>
              <Link
                href={version.version === latest ? `/model-cards/${cardName}` : `/model-cards/${cardName}/versions/${version.version}`}
                aria-current={version.version === current ? 'page' : undefined}
                className="flex items-center justify-between gap-3 rounded-md px-3 py-2 text-sm hover:bg-sunken aria-[current=page]:bg-sunken"
              >
                <span>
                  <span className="font-medium">Version {version.version}</span>
                  <span className="block text-xs text-muted">
                    {version.author.name} · {formatDateTime(version.createdAt)}
                  </span>
                </span>
                <StatusBadge status={version.status} />
              </Link>
            </li>
          ))}
        </ul>
        <Link
          href={`/model-cards/${cardName}/versions`}
          className="mt-1 block rounded-md border-t border-line px-3 py-2 text-sm font-medium text-accent hover:bg-sunken"
        >
          All versions and reviews →
        </Link>
      </div>
    </details>
  );
}
