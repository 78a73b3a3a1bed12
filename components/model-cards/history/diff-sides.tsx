// The two versions a diff compares, each with author, time and hash, so a reviewer knows exactly what they are reading.
import Link from 'next/link';
import type { VersionRefDto } from '@/lib/server/model-cards/diff-versions';
import { formatDateTime } from '@/lib/format';
import { ContentHash } from '@/components/model-cards/card-page/content-hash';

export function DiffSides({ cardName, from, to, latest }: { cardName: string; from: VersionRefDto; to: VersionRefDto; latest: number }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Side cardName={cardName} label="Before" side={from} latest={latest} />
      <Side cardName={cardName} label="After" side={to} latest={latest} />
    </div>
  );
}

function Side({ cardName, label, side, latest }: { cardName: string; label: string; side: VersionRefDto; latest: number }) {
  const href = side.version === latest ? `/model-cards/${cardName}` : `/model-cards/${cardName}/versions/${side.version}`;
  return (
    <div className="rounded-xl border border-line bg-surface p-4">
      <p className="text-xs font-medium uppercase tracking-wide text-muted">{label}</p>
      <p className="mt-1 text-sm">
        <Link href={href} className="font-semibold underline-offset-2 hover:text-accent hover:underline">
          Version {side.version}
        </Link>
        {side.version === latest ? <span className="text-muted"> (latest)</span> : null}
      </p>
      <p className="mt-1 text-sm text-muted">
        {side.author.name} · {formatDateTime(side.createdAt)}
      </p>
      <div className="mt-2">
        <ContentHash hash={side.contentHash} />
      </div>
    </div>
  );
}
