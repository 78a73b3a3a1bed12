// The top of the card page and of a historic version: name, status, risk rating (prominent: it decides the review quorum), version selector, hash and who owns and last changed the card.
import Link from 'next/link';
import type { CardDto, VersionDto, VersionSummaryDto } from '@/lib/server/model-cards/card-dto';
import { formatDateTime } from '@/lib/format';
import { RiskBadge, StatusBadge } from '@/components/model-cards/hub/badges';
import { ContentHash } from './content-hash';
import { VersionMenu } from './version-menu';

export function CardHeader({
  card,
  version,
  versions,
  actions,
}: {
  card: CardDto;
  version: VersionDto;
  versions: VersionSummaryDto[];
  actions?: React.ReactNode;
}) {
  // The version's own content decides: an older version may have had another rating or link.
  const risk = version.content.intended_uses?.risk_rating ?? 'Unknown';
  const linked = version.content.model_overview?.model_id || version.content.model_package_details?.model_package_arn;
  return (
    <header className="space-y-4">
      <Link href="/model-cards" className="text-sm text-muted hover:text-fg">
        ← Model cards
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-2">
          <h1 id="page-title" className="break-all text-2xl font-semibold tracking-tight">
            {card.name}
          </h1>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge status={version.status} />
            <span className="inline-flex items-center gap-1.5">
              <span className="text-muted">Risk</span>
              <RiskBadge risk={risk} />
            </span>
            <VersionMenu cardName={card.name} current={version.version} latest={card.latestVersion} versions={versions} />
            <ContentHash hash={version.contentHash} />
          </div>
        </div>
        <Link href={`/model-cards/${card.name}/versions`} className="text-sm font-medium text-muted underline-offset-2 hover:text-fg hover:underline">
          History and diffs
        </Link>
      </div>
      <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <Fact label="Owner">{card.owner.name}</Fact>
        <Fact label="Version author">
          {version.author.name}, {formatDateTime(version.createdAt)}
        </Fact>
        <Fact label="Last modified">
          {formatDateTime(card.updatedAt)} by {card.updatedBy.name}
        </Fact>
        <Fact label="Linked model">
          {linked ? <span className="break-all font-mono text-xs">{linked}</span> : <span className="text-muted">Not linked</span>}
        </Fact>
        {card.clonedFromName ? (
          <Fact label="Cloned from">
            {card.clonedFromName} version {card.clonedFromVersion}
          </Fact>
        ) : null}
      </dl>
      {actions}
    </header>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-muted">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}
