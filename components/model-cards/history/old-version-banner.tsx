// A historic version says so before anything else, with the way to the latest and to what changed since.
import Link from 'next/link';

export function OldVersionBanner({ cardName, version, latest }: { cardName: string; version: number; latest: number }) {
  if (version === latest) {
    return (
      <div role="status" className="rounded-lg border border-line bg-info-soft px-4 py-3 text-sm">
        This is the latest version, read-only.{' '}
        <Link href={`/model-cards/${cardName}`} className="font-medium underline underline-offset-2">
          Open the card page
        </Link>{' '}
        for its actions.
      </div>
    );
  }
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-warning/40 bg-warning-soft px-4 py-3 text-sm">
      <p className="font-medium text-warning">
        You are viewing version {version} — not the latest (latest is {latest}). It is read-only.
      </p>
      <div className="flex flex-wrap gap-4">
        <Link href={`/model-cards/${cardName}`} className="font-medium text-fg underline underline-offset-2">
          Go to the latest version
        </Link>
        <Link href={`/model-cards/${cardName}/diff?from=${version}&to=${latest}`} className="font-medium text-fg underline underline-offset-2">
          Compare with latest
        </Link>
      </div>
    </div>
  );
}
