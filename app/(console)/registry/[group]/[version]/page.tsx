import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { getRegistryPackageScreen } from '@/lib/server/screens/registry-screen';
import { formatDateTime } from '@/lib/format';
import { ZVersionNumber } from '@/lib/schemas/input-values';
import { orNotFound } from '@/lib/server/screens/or-not-found';
import { CardDocument } from '@/components/model-cards/document/card-document';
import { RiskBadge, StatusBadge } from '@/components/model-cards/hub/badges';
import { buttonClass } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { ApprovalBadge, ChangedSinceApproval } from '@/components/registry/registry-badges';
import { ApprovalHistory } from '@/components/registry/approval-history';
import { PackageApproval } from '@/components/registry/package-approval';
import { PackageFacts } from '@/components/registry/package-facts';
import { EmptyState } from '@/components/ui/empty-state';

type Params = Promise<{ group: string; version: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { group, version } = await params;
  return { title: `${group} version ${version}` };
}

export default async function RegistryPackagePage({ params }: { params: Params }) {
  const actor = await requirePageActor();
  const { group: groupName, version: versionText } = await params;
  const version = ZVersionNumber.safeParse(versionText);
  if (!version.success) notFound();
  const { pkg, card, canAuthor, canDecide, approveBlocked } = await orNotFound(getRegistryPackageScreen({ actor, groupName, version: version.data }));
  const groupHref = `/registry/${encodeURIComponent(pkg.groupName)}`;
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/registry" className="hover:text-fg hover:underline">
          Models
        </Link>{' '}
        /{' '}
        <Link href={groupHref} className="hover:text-fg hover:underline">
          {pkg.groupName}
        </Link>{' '}
        / <span className="text-fg">Version {pkg.version}</span>
      </nav>
      <header className="space-y-2">
        <h1 id="page-title" className="break-all text-2xl font-semibold tracking-tight">
          {pkg.groupName} · version {pkg.version}
        </h1>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <ApprovalBadge status={pkg.approvalStatus} />
          {pkg.cardChangedSinceApproval ? <ChangedSinceApproval /> : null}
          <span className="text-muted">
            Registered by {pkg.createdBy.name} on {formatDateTime(pkg.createdAt)}
          </span>
        </div>
        <p className="break-all font-mono text-xs text-muted">{pkg.arn}</p>
      </header>
      {pkg.cardChangedSinceApproval ? (
        <Notice tone="warning">
          The card changed since this package was approved: the approval relied on a card version that is no longer the latest. A reviewer approves the new card
          version, then the package again.
        </Notice>
      ) : null}
      {canDecide ? (
        <section aria-labelledby="approval-title" className="space-y-3 rounded-xl border border-line bg-surface p-4">
          <h2 id="approval-title" className="text-base font-semibold">
            Approval
          </h2>
          <PackageApproval groupName={pkg.groupName} version={pkg.version} approveBlocked={approveBlocked} rejected={pkg.approvalStatus === 'Rejected'} />
        </section>
      ) : null}
      <PackageFacts pkg={pkg} />
      <section aria-labelledby="history-title" className="space-y-3">
        <h2 id="history-title" className="text-base font-semibold">
          Approval history
        </h2>
        <ApprovalHistory approvals={pkg.approvals} />
      </section>
      <section aria-labelledby="card-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="card-title" className="text-base font-semibold">
            Model card
          </h2>
          {card ? (
            <span className="inline-flex flex-wrap items-center gap-2 text-sm">
              <Link href={`/model-cards/${encodeURIComponent(card.name)}`} className="font-medium underline-offset-2 hover:text-accent hover:underline">
                {card.name}
              </Link>
              <span className="text-muted">version {card.version}</span>
              <StatusBadge status={card.status} />
              <RiskBadge risk={card.risk} />
            </span>
          ) : null}
        </div>
        {card ? (
          <CardDocument content={card.content} />
        ) : (
          <EmptyState
            title="No card documents this version."
            level={3}
            actions={
              canAuthor ? (
                <Link href={`/model-cards/new?package=${encodeURIComponent(pkg.arn)}`} className={buttonClass('primary')}>
                  Create model card
                </Link>
              ) : (
                <p className="text-sm text-muted">An author creates it.</p>
              )
            }
          >
            The package can be approved only while an approved card documents it. The wizard starts prefilled from the package, its training job and the
            group&apos;s latest card.
          </EmptyState>
        )}
      </section>
    </section>
  );
}
