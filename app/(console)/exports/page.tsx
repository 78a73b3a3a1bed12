import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { listExportJobs } from '@/lib/server/exports/list-export-jobs';
import { isAppError } from '@/lib/server/errors';
import { toExportJobView } from '@/lib/schemas/export-job-view';
import { EXPORT_JOB_STATUSES } from '@/lib/schemas/export-job-status';
import { firstParam } from '@/lib/schemas/input-values';
import type { TExportJobStatus } from '@/lib/schemas/export-job-status';
import { buttonClass } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { EmptyState } from '@/components/ui/empty-state';
import { ExportsFilters } from '@/components/exports/exports-filters';
import { ExportsTable } from '@/components/exports/exports-table';
import { RefreshWhileRunning } from '@/components/exports/refresh-while-running';
import { ExportPdfButton } from '@/components/exports/export-pdf-button';
import { getCard } from '@/lib/server/model-cards/get-card';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Exports' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ExportsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const params = await searchParams;
  const card = firstParam(params.card);
  const status = (EXPORT_JOB_STATUSES as readonly string[]).includes(firstParam(params.status)) ? (firstParam(params.status) as TExportJobStatus) : undefined;
  const cursor = firstParam(params.cursor) || undefined;
  let page;
  try {
    page = await listExportJobs({ actor, filters: { cardName: card || undefined, status }, cursor });
  } catch (error) {
    if (!isAppError(error) || error.path !== 'cursor') throw error;
    page = null;
  }
  const jobs = page?.items.map(toExportJobView) ?? [];
  // Filtering by a card that exists offers to export its latest version right here.
  const filteredCard = card
    ? await getCard({ actor, name: card }).catch((error: unknown) => (isAppError(error) && error.code === 'NOT_FOUND' ? null : Promise.reject(error)))
    : null;
  const filtered = card !== '' || status !== undefined;
  const nextHref = page?.nextCursor
    ? `/exports?${new URLSearchParams({ ...(card ? { card } : {}), ...(status ? { status } : {}), cursor: page.nextCursor })}`
    : null;
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <PageHeader title="Exports">
        PDF exports of card versions, newest first. Each PDF names the version and its content hash on every page; the SHA-256 shown here is of the file itself.
      </PageHeader>
      <ExportsFilters card={card} status={status ?? ''} />
      {filteredCard ? (
        <div className="rounded-xl border border-line bg-surface p-4">
          <h2 className="mb-3 text-sm font-semibold">{`Export ${filteredCard.name}, version ${filteredCard.latestVersion} (latest)`}</h2>
          <ExportPdfButton cardName={filteredCard.name} version={filteredCard.latestVersion} />
        </div>
      ) : null}
      <RefreshWhileRunning running={jobs.some((job) => job.status === 'InProgress')} />
      {page === null ? (
        <Notice tone="warning">
          This page link is no longer valid.{' '}
          <Link href="/exports" className="underline">
            Start again from the newest exports.
          </Link>
        </Notice>
      ) : jobs.length === 0 ? (
        <EmptyState
          title={filtered ? 'No export jobs match these filters' : 'No exports yet'}
          actions={
            filtered ? (
              <Link href="/exports" className={buttonClass('secondary')}>
                Clear filters
              </Link>
            ) : (
              <Link href="/model-cards" className={buttonClass('secondary')}>
                Go to model cards
              </Link>
            )
          }
        >
          {filtered
            ? 'Check the card name (it must match exactly) or choose another status.'
            : 'Open a model card and choose Export PDF to make a PDF of the version shown; programs can use CreateModelCardExportJob.'}
        </EmptyState>
      ) : (
        <>
          <ExportsTable jobs={jobs} />
          {nextHref || cursor ? (
            <nav aria-label="Pages" className="flex justify-end gap-3">
              {cursor ? (
                <Link href={`/exports?${new URLSearchParams({ ...(card ? { card } : {}), ...(status ? { status } : {}) })}`} className={buttonClass('ghost')}>
                  Newest
                </Link>
              ) : null}
              {nextHref ? (
                <Link href={nextHref} className={buttonClass('secondary')}>
                  Older exports
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </section>
  );
}
