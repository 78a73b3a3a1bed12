import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { getRegistryTrainingJobsScreen } from '@/lib/server/screens/registry-screen';
import { formatDateTime } from '@/lib/format';
import { CardOrCreate } from '@/components/registry/card-or-create';
import { EmptyList, LINK, NameSearch, RegistryHeader, RegistryList, TD } from '@/components/registry/registry-frame';

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
      <RegistryList
        caption="Training jobs"
        columns={['Training job', 'Status', 'Created', 'Artifact used by', 'Model card']}
        count={rows.length}
        error={error}
        empty={
          <EmptyList>
            {query.q
              ? `No training job matches “${query.q}”.`
              : 'No training jobs recorded yet. POST a DescribeTrainingJob response to /api/v1/training-jobs from your pipeline.'}
          </EmptyList>
        }
        pager={{ path: '/registry/training-jobs', params: { q: query.q }, cursor: query.cursor, nextCursor }}
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
      </RegistryList>
    </section>
  );
}
