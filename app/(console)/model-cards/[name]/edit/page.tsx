import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { orNotFound } from '@/lib/server/screens/or-not-found';
import { getCard } from '@/lib/server/model-cards/get-card';
import { getVersion } from '@/lib/server/model-cards/get-version';
import { mayAuthorCards } from '@/lib/server/model-cards/may-author-cards';
import { contentToForm } from '@/components/wizard/wizard-form';
import { Forbidden } from '@/components/shell/forbidden';
import { buttonClass } from '@/components/ui/button';
import { CardWizard } from '@/components/wizard/card-wizard';
import { WizardPage, WizardUnavailable } from '@/components/wizard/wizard-page';

export const metadata = { title: 'Edit model card' };

const STATUS_WORDS: Record<string, string> = { PendingReview: 'which is pending review', Approved: 'which is approved' };

export default async function EditModelCardPage({ params }: { params: Promise<{ name: string }> }) {
  const actor = await requirePageActor();
  if (!mayAuthorCards(actor)) return <Forbidden what="Editing model cards" role="author" />;
  const { name } = await params;
  // Next hands the segment over decoded; a name the address cannot hold names no card.
  const card = await orNotFound(getCard({ actor, name }));
  const cardHref = `/model-cards/${encodeURIComponent(card.name)}`;
  // saveVersion refuses archived cards anyway; saying so here spares the author a wizard they could never save.
  if (card.status === 'Archived') {
    return (
      <WizardUnavailable title={`${card.name} is archived`}>
        <p>An archived card takes no more changes. Clone it to start a new card from its content.</p>
        <div className="flex justify-center gap-2">
          <Link href={cardHref} className={buttonClass('secondary')}>
            Back to the card
          </Link>
          <Link href={`/model-cards/new?clone=${encodeURIComponent(card.name)}`} className={buttonClass('primary')}>
            Clone it
          </Link>
        </div>
      </WizardUnavailable>
    );
  }
  const latest = await getVersion({ actor, cardId: card.id });
  return (
    <WizardPage
      title={`Edit ${card.name}`}
      description={
        <>
          Starting from version {latest.version}. Saving creates version {latest.version + 1} as a Draft; version {latest.version} stays as it is
          {card.status === 'Draft' ? '.' : ` (${STATUS_WORDS[card.status]}), and the new version needs review again.`}{' '}
          <Link href={cardHref} className="font-medium text-accent underline-offset-2 hover:underline">
            Back to the card
          </Link>
        </>
      }
    >
      <CardWizard
        origin={{ kind: 'edit', cardName: card.name, latestVersion: card.latestVersion }}
        userId={actor.id}
        initialValues={contentToForm(latest.content, card.name)}
        card={{ id: card.id, baseVersion: latest.version }}
      />
    </WizardPage>
  );
}
