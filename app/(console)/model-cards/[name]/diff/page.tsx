import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { isAppError } from '@/lib/server/errors';
import { getCard } from '@/lib/server/model-cards/get-card';
import { diffVersions } from '@/lib/server/model-cards/diff-versions';
import type { VersionDiffDto } from '@/lib/server/model-cards/diff-versions';
import { getLastApprovedVersion } from '@/lib/server/model-cards/last-approved-version';
import { orNotFound } from '@/lib/server/screens/or-not-found';
import { ContentDiff } from '@/components/model-cards/diff/content-diff';
import { CompareForm } from '@/components/model-cards/history/compare-form';
import { DiffSides } from '@/components/model-cards/history/diff-sides';
import { Notice } from '@/components/ui/notice';
import { EmptyState } from '@/components/ui/empty-state';

type Params = Promise<{ name: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }) {
  return { title: `Compare versions of ${(await params).name}` };
}

/** A version number from the URL; anything else is passed on as-is so the service names the bad parameter. */
function versionParam(value: string | string[] | undefined, fallback: number): number {
  if (typeof value !== 'string' || value === '') return fallback;
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

export default async function CompareVersionsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const { name } = await params;
  const query = await searchParams;
  const card = await orNotFound(getCard({ actor, name }));
  const latest = card.latestVersion;
  const from = versionParam(query.from, Math.max(1, latest - 1));
  const to = versionParam(query.to, latest);
  const approved = await getLastApprovedVersion({ actor, cardId: card.id });

  let result: { diff: VersionDiffDto } | { error: string } | null = null;
  if (latest > 1) {
    try {
      result = { diff: await diffVersions({ actor, cardId: card.id, from, to }) };
    } catch (error) {
      if (!isAppError(error) || (error.code !== 'INVALID_INPUT' && error.code !== 'NOT_FOUND')) throw error;
      result = { error: error.message };
    }
  }
  const quick = [
    { label: 'Latest vs previous', from: latest - 1, to: latest },
    ...(approved !== null && approved < latest ? [{ label: `Since last approved (version ${approved})`, from: approved, to: latest }] : []),
  ];
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <div className="space-y-2">
        <Link href={`/model-cards/${card.name}/versions`} className="text-sm text-muted hover:text-fg">
          ← Version history of {card.name}
        </Link>
        <h1 id="page-title" className="break-all text-2xl font-semibold tracking-tight">
          Compare versions of {card.name}
        </h1>
      </div>
      {latest === 1 ? (
        <EmptyState title="Nothing to compare yet">
          {card.name} has one version. Each saved change makes a new version; then you can compare any two of them here.
        </EmptyState>
      ) : (
        <>
          <div className="flex flex-wrap items-end justify-between gap-4 rounded-xl border border-line bg-surface p-4">
            <CompareForm
              cardName={card.name}
              latest={latest}
              from={Number.isInteger(from) && from <= latest ? from : latest - 1}
              to={Number.isInteger(to) && to <= latest ? to : latest}
            />
            <nav aria-label="Quick comparisons" className="flex flex-wrap gap-2">
              {quick.map((link) => (
                <Link
                  key={link.label}
                  href={`/model-cards/${card.name}/diff?from=${link.from}&to=${link.to}`}
                  aria-current={link.from === from && link.to === to ? 'page' : undefined}
                  className="rounded-full border border-line px-3 py-1 text-sm hover:bg-sunken aria-[current=page]:border-fg aria-[current=page]:font-medium"
                >
                  {link.label}
                </Link>
              ))}
            </nav>
          </div>
          {result && 'error' in result ? <Notice tone="error">{result.error}</Notice> : null}
          {result && 'diff' in result ? (
            <>
              {from > to ? <Notice tone="warning">You are comparing a newer version with an older one: what reads as added was removed since.</Notice> : null}
              <DiffSides cardName={card.name} from={result.diff.from} to={result.diff.to} latest={latest} />
              <ContentDiff diff={result.diff.diff} level={2} />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
