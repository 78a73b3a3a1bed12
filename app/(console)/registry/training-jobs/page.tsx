import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { getRegistryTrainingJobsScreen } from '@/lib/server/screens/registry-screen';
import { formatDateTime } from '@/lib/format';
import { Notice } from '@/components/ui/notice';
import { CardOrCreate } from '@/components/registry/card-or-create';
import { LINK, NameSearch, RegistryHeader, RegistryPager, TD, TH, TableFrame, hrefWith } from '@/components/registry/registry-frame';

export const metadata = { title: 'Training jobs' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TrainingJobsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const { query, rows, nextCursor, error, canAuthor } = await getRegistryTrainingJobsScreen({ actor, params: await searchParams });
  return (
    <section aria-labelledby="page-title" className="space-y-5">
      <RegistryHeader
        current="/registry/training-jobs"
        description="Training-job records (DescribeTrainingJob JSON posted to /api/v1/training-jobs). A job is documented by the card of the package version or model that serves its artifact."
      />
      <NameSearch action="/registry/training-jobs" q={query.q} label="Search training jobs by name" />
      {error ? <Notice tone="error">{error}</Notice> : null}
      {rows.length === 0 && !error ? (
        <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-12 text-center text-sm text-muted">
          {query.q
            ? `No training job matches “${query.q}”.`
            : 'No training jobs recorded yet. POST a DescribeTrainingJob response to /api/v1/training-jobs from your pipeline.'}
        </div>
      ) : null}
      {rows.length > 0 ? (
        <TableFrame
          caption="Training jobs"
          head={
            <>
              <th scope="col" className={TH}>
                Training job
              </th>
              <th scope="col" className={TH}>
                Status
              </th>
              <th scope="col" className={TH}>
                Created
              </th>
              <th scope="col" className={TH}>
                Artifact used by
              </th>
              <th scope="col" className={TH}>
                Model card
              </th>
            </>
          }
        >
          {rows.map((row) => (
            <tr key={row.name} data-training-job={row.name} className="hover:bg-sunken/50">
              <td className={`${TD} max-w-64`}>
                <span className="break-all font-medium">{row.name}</span>
                {row.s3ModelArtifacts ? <div className="break-all font-mono text-xs text-muted">{row.s3ModelArtifacts}</div> : null}
              </td>
              <td className={TD}>{row.status}</td>
              <td className={`${TD} whitespace-nowrap`}>
                <time dateTime={row.creationTime.toISOString()}>{formatDateTime(row.creationTime)}</time>
              </td>
              <td className={TD}>
                {row.subject ? (
                  <Link href={row.subject.href} className={LINK}>
                    {row.subject.label}
                  </Link>
                ) : (
                  <span className="text-xs text-muted">No package or model serves its artifact</span>
                )}
              </td>
              <td className={TD}>
                {row.subject ? (
                  <CardOrCreate
                    card={row.card}
                    canAuthor={canAuthor}
                    what={row.subject.label}
                    createHref={
                      row.subject.kind === 'package'
                        ? `/model-cards/new?package=${encodeURIComponent(row.subject.arn)}`
                        : `/model-cards/new?model=${encodeURIComponent(row.subject.name)}`
                    }
                  />
                ) : (
                  <span className="text-xs text-muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </TableFrame>
      ) : null}
      <RegistryPager
        onFirstPage={!query.cursor}
        firstHref={hrefWith('/registry/training-jobs', { q: query.q })}
        nextHref={nextCursor ? hrefWith('/registry/training-jobs', { q: query.q, cursor: nextCursor }) : null}
      />
    </section>
  );
}
