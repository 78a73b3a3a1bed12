import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { isAppError } from '@/lib/server/errors';
import { getCard } from '@/lib/server/model-cards/get-card';
import type { CardDto } from '@/lib/server/model-cards/card-dto';
import { formatDateTime } from '@/lib/format';
import { RiskBadge, StatusBadge } from '@/components/model-cards/hub/badges';

type Params = Promise<{ name: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  return { title: (await params).name };
}

export default async function ModelCardPage({ params }: { params: Params }) {
  const actor = await requirePageActor();
  const { name } = await params;
  let card: CardDto;
  try {
    card = await getCard({ actor, name });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
  const facts: [string, React.ReactNode][] = [
    ['Status', <StatusBadge key="status" status={card.status} />],
    ['Risk rating', <RiskBadge key="risk" risk={card.riskRating} />],
    ['Latest version', `Version ${card.latestVersion}`],
    ['Owner', card.owner.name],
    ['Linked model', card.modelId ?? card.modelPackageArn ?? 'Not linked'],
    ['Last modified', `${formatDateTime(card.updatedAt)} by ${card.updatedBy.name}`],
  ];
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <div>
        <Link href="/model-cards" className="text-sm text-muted hover:text-fg">
          ← Model cards
        </Link>
        <h1 id="page-title" className="mt-2 break-all text-2xl font-semibold tracking-tight">
          {card.name}
        </h1>
      </div>
      <dl className="grid gap-x-8 gap-y-4 rounded-xl border border-line bg-surface p-5 sm:grid-cols-2 lg:grid-cols-3">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs font-medium uppercase tracking-wide text-muted">{label}</dt>
            <dd className="mt-1 break-all text-sm">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-10 text-center">
        <p className="text-sm font-medium">The full card page is being built</p>
        <p className="mx-auto mt-2 max-w-lg text-sm text-muted">
          It will show every section of the latest version, the version history with diffs, reviews and approvals, and the card&apos;s actions.
        </p>
      </div>
    </section>
  );
}
