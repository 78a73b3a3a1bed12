import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { publicOrigin } from '@/lib/server/public-origin';
import { getRegistryGroupsScreen } from '@/lib/server/screens/registry-screen';
import { formatDateTime } from '@/lib/format';
import { Notice } from '@/components/ui/notice';
import { RiskBadge, StatusBadge } from '@/components/model-cards/hub/badges';
import { ApprovalBadge } from '@/components/registry/registry-badges';
import { RegistryEmpty } from '@/components/registry/registry-empty';
import { LINK, NameSearch, RegistryHeader, RegistryPager, TD, TH, TableFrame, hrefWith } from '@/components/registry/registry-frame';

export const metadata = { title: 'Models' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RegistryPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const { query, rows, nextCursor, error } = await getRegistryGroupsScreen({ actor, params: await searchParams });
  const sortParam = query.sort === 'name' ? 'name' : null;
  const filtered = Boolean(query.q) || Boolean(query.cursor);
  return (
    <section aria-labelledby="page-title" className="space-y-5">
      <RegistryHeader
        current="/registry"
        description="Model package groups registered through the SageMaker-compatible API, each with its latest version's approval and the card that documents it."
      />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <NameSearch action="/registry" q={query.q} label="Search groups by name" hidden={sortParam ? { sort: sortParam } : undefined} />
        <div className="flex items-center gap-2 text-sm" role="group" aria-label="Sort">
          <span className="text-muted">Sort:</span>
          <Link
            href={hrefWith('/registry', { q: query.q })}
            aria-current={query.sort === 'createdAt' ? 'true' : undefined}
            className={`rounded px-2 py-1 ${query.sort === 'createdAt' ? 'bg-sunken font-medium' : 'text-muted hover:text-fg'}`}
          >
            Newest
          </Link>
          <Link
            href={hrefWith('/registry', { q: query.q, sort: 'name' })}
            aria-current={query.sort === 'name' ? 'true' : undefined}
            className={`rounded px-2 py-1 ${query.sort === 'name' ? 'bg-sunken font-medium' : 'text-muted hover:text-fg'}`}
          >
            Name
          </Link>
        </div>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {rows.length === 0 && !error ? (
        filtered ? (
          <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-12 text-center text-sm text-muted">
            No package group matches “{query.q}”.
          </div>
        ) : (
          <RegistryEmpty endpoint={`${await publicOrigin()}/api/sagemaker`} />
        )
      ) : null}
      {rows.length > 0 ? (
        <TableFrame
          caption="Model package groups"
          head={
            <>
              <th scope="col" className={TH}>
                Group
              </th>
              <th scope="col" className={`${TH} text-right`}>
                Versions
              </th>
              <th scope="col" className={TH}>
                Latest version
              </th>
              <th scope="col" className={TH}>
                Latest version’s card
              </th>
              <th scope="col" className={TH}>
                Last modified
              </th>
            </>
          }
        >
          {rows.map((row) => (
            <tr key={row.name} data-group={row.name} className="hover:bg-sunken/50">
              <td className={`${TD} max-w-72`}>
                <Link href={`/registry/${encodeURIComponent(row.name)}`} className={LINK}>
                  {row.name}
                </Link>
                {row.description ? <div className="mt-0.5 line-clamp-2 text-xs text-muted">{row.description}</div> : null}
              </td>
              <td className={`${TD} text-right tabular-nums`}>{row.packageCount}</td>
              <td className={TD}>
                {row.latest ? (
                  <span className="inline-flex flex-wrap items-center gap-1.5">
                    <Link href={`/registry/${encodeURIComponent(row.name)}/${row.latest.version}`} className={LINK}>
                      v{row.latest.version}
                    </Link>
                    <ApprovalBadge status={row.latest.approvalStatus} />
                  </span>
                ) : (
                  <span className="text-xs text-muted">No versions</span>
                )}
              </td>
              <td className={TD}>
                {row.latest?.card ? (
                  <span className="inline-flex flex-wrap items-center gap-1.5">
                    <Link href={`/model-cards/${encodeURIComponent(row.latest.card.name)}`} className={LINK}>
                      {row.latest.card.name}
                    </Link>
                    <StatusBadge status={row.latest.card.status} />
                    <RiskBadge risk={row.latest.card.risk} />
                  </span>
                ) : (
                  <span className="text-xs text-muted">{row.latest ? 'No card' : '—'}</span>
                )}
              </td>
              <td className={`${TD} whitespace-nowrap text-muted`}>
                <time dateTime={row.lastModified.toISOString()}>{formatDateTime(row.lastModified)}</time>
              </td>
            </tr>
          ))}
        </TableFrame>
      ) : null}
      <RegistryPager
        onFirstPage={!query.cursor}
        firstHref={hrefWith('/registry', { q: query.q, sort: sortParam })}
        nextHref={nextCursor ? hrefWith('/registry', { q: query.q, sort: sortParam, cursor: nextCursor }) : null}
      />
    </section>
  );
}
