import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { getRegistryGroupScreen } from '@/lib/server/screens/registry-screen';
import { formatDateTime } from '@/lib/format';
import { orNotFound } from '@/lib/server/screens/or-not-found';
import { buttonClass } from '@/components/ui/button';
import { ApprovalBadge, ChangedSinceApproval, DocumentingCard } from '@/components/registry/registry-badges';
import { EmptyList, RegisteredCell, LINK, RegistryList, TD } from '@/components/registry/registry-frame';

type Params = Promise<{ group: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }) {
  return { title: (await params).group };
}

export default async function RegistryGroupPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const name = (await params).group;
  const cursor = (await searchParams).cursor;
  const { group, versions, nextCursor, canAuthor } = await orNotFound(
    getRegistryGroupScreen({ actor, name, cursor: typeof cursor === 'string' ? cursor : undefined }),
  );
  const base = `/registry/${encodeURIComponent(group.name)}`;
  return (
    <section aria-labelledby="page-title" className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/registry" className="hover:text-fg hover:underline">
          Models
        </Link>{' '}
        / <span className="text-fg">{group.name}</span>
      </nav>
      <header>
        <h1 id="page-title" className="break-all text-2xl font-semibold tracking-tight">
          {group.name}
        </h1>
        <p className="mt-1 text-sm text-muted">
          Model package group · {group.packageCount} version{group.packageCount === 1 ? '' : 's'} · created by {group.createdBy} on{' '}
          {formatDateTime(group.createdAt)}
        </p>
        {group.description ? <p className="mt-2 max-w-3xl text-sm">{group.description}</p> : null}
        <p className="mt-1 break-all font-mono text-xs text-muted">{group.arn}</p>
      </header>
      <RegistryList
        caption={`Versions of ${group.name}`}
        columns={['Version', 'Registered', 'Approval', 'Lifecycle stage', 'Model card']}
        count={versions.length}
        empty={<EmptyList>This group holds no package versions. Register one with CreateModelPackage naming ModelPackageGroupName “{group.name}”.</EmptyList>}
        pager={{ path: base, cursor: typeof cursor === 'string' ? cursor : null, nextCursor }}
      >
        {versions.map((row) => {
          const href = `${base}/${row.version}`;
          return (
            <tr key={row.version} data-version={row.version} className="hover:bg-sunken/50">
              <td className={TD}>
                <Link href={href} className={LINK}>
                  Version {row.version}
                </Link>
              </td>
              <RegisteredCell by={row.createdBy} at={row.createdAt} />
              <td className={TD}>
                <div className="flex flex-wrap gap-1.5">
                  <ApprovalBadge status={row.approvalStatus} />
                  {row.cardChangedSinceApproval ? <ChangedSinceApproval /> : null}
                </div>
              </td>
              <td className={TD}>{row.lifecycleStage ?? <span className="text-xs text-muted">—</span>}</td>
              <td className={TD}>
                {row.card ? (
                  <DocumentingCard card={row.card} />
                ) : (
                  <span className="inline-flex flex-wrap items-center gap-2 text-xs text-muted">
                    No card
                    {canAuthor ? (
                      <Link href={`/model-cards/new?package=${encodeURIComponent(row.arn)}`} className={buttonClass('secondary', 'px-2.5 py-1 text-xs')}>
                        Create model card<span className="sr-only"> for version {row.version}</span>
                      </Link>
                    ) : null}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </RegistryList>
    </section>
  );
}
