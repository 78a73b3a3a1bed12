import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { publicOrigin } from '@/lib/server/public-origin';
import { getRegistryGroupsScreen } from '@/lib/server/screens/registry-screen';
import { formatDateTime } from '@/lib/format';
import { RiskBadge, StatusBadge } from '@/components/model-cards/hub/badges';
import { ApprovalBadge } from '@/components/registry/registry-badges';
import { RegistryEmpty } from '@/components/registry/registry-empty';
import { GroupFilters } from '@/components/registry/group-filters';
import { EmptyList, LINK, RegistryHeader, RegistryList, TD, hrefWith } from '@/components/registry/registry-frame';

export const metadata = { title: 'Models' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RegistryPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const { query, rows, nextCursor, error } = await getRegistryGroupsScreen({ actor, params: await searchParams });
  const sortParam = query.sort === 'name' ? 'name' : null;
  const filters = { q: query.q, approval: query.approval, cardStatus: query.cardStatus, risk: query.risk };
  const filtered = Boolean(query.q || query.approval || query.cardStatus || query.risk || query.cursor);
  return (
    <section aria-labelledby="page-title" className="space-y-5">
      <RegistryHeader
        current="/registry"
        description="Model package groups registered through the SageMaker-compatible API, each with its latest version's approval and the card that documents it."
      />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <GroupFilters query={query} />
        <div className="flex items-center gap-2 text-sm" role="group" aria-label="Sort">
          <span className="text-muted">Sort:</span>
          <Link
            href={hrefWith('/registry', filters)}
            aria-current={query.sort === 'createdAt' ? 'true' : undefined}
            className={`rounded px-2 py-1 ${query.sort === 'createdAt' ? 'bg-sunken font-medium' : 'text-muted hover:text-fg'}`}
          >
            Newest
          </Link>
          <Link
            href={hrefWith('/registry', { ...filters, sort: 'name' })}
            aria-current={query.sort === 'name' ? 'true' : undefined}
            className={`rounded px-2 py-1 ${query.sort === 'name' ? 'bg-sunken font-medium' : 'text-muted hover:text-fg'}`}
          >
            Name
          </Link>
        </div>
      </div>
      <RegistryList
        caption="Model package groups"
        columns={['Group', { label: 'Versions', className: 'text-right' }, 'Latest version', 'Latest version’s card', 'Last modified']}
        count={rows.length}
        error={error}
        empty={
          filtered ? (
            <EmptyList>No package group matches {query.q ? `“${query.q}”` : 'these filters'}.</EmptyList>
          ) : (
            <RegistryEmpty endpoint={`${await publicOrigin()}/api/sagemaker`} />
          )
        }
        pager={{ path: '/registry', params: { ...filters, sort: sortParam }, cursor: query.cursor, nextCursor }}
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
      </RegistryList>
    </section>
  );
}
