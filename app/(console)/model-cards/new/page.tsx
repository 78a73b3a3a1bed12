import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import type { Actor } from '@/lib/server/auth/actor';
import { isAppError } from '@/lib/server/errors';
import { getCloneSource } from '@/lib/server/model-cards/get-clone-source';
import { mayAuthorCards } from '@/lib/server/model-cards/may-author-cards';
import { contentToForm, emptyWizardValues } from '@/components/wizard/wizard-form';
import { Forbidden } from '@/components/shell/forbidden';
import { buttonClass } from '@/components/ui/button';
import { CardWizard } from '@/components/wizard/card-wizard';
import { WizardPage, WizardUnavailable } from '@/components/wizard/wizard-page';

export const metadata = { title: 'Create model card' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function loadCloneSource(actor: Actor, name: string) {
  try {
    return await getCloneSource({ actor, name });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export default async function NewModelCardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  if (!mayAuthorCards(actor)) return <Forbidden what="Creating model cards" role="author" />;
  const params = await searchParams;
  const clone = typeof params.clone === 'string' ? params.clone : null;

  if (clone) {
    const source = await loadCloneSource(actor, clone);
    if (!source) {
      return (
        <WizardUnavailable title="Nothing to clone">
          <p>There is no model card named {clone}. It may have been deleted.</p>
          <Link href="/model-cards" className={buttonClass('secondary')}>
            Back to model cards
          </Link>
        </WizardUnavailable>
      );
    }
    return (
      <WizardPage title={`Clone ${source.name}`} description="A new card, starting from the latest version of another. It gets its own name, history and review.">
        <CardWizard
          origin={{ kind: 'clone', sourceName: source.name, sourceVersion: source.version, droppedModelId: source.droppedModelId, droppedModelPackageArn: source.droppedModelPackageArn }}
          userId={actor.id}
          initialValues={contentToForm(source.content)}
        />
      </WizardPage>
    );
  }

  const imported = params.import !== undefined;
  return (
    <WizardPage
      title={imported ? 'Import model card' : 'Create model card'}
      description="Four steps, as in SageMaker: only the card name is required. Your typing is kept in this browser until you save."
    >
      <CardWizard origin={imported ? { kind: 'import' } : { kind: 'new' }} userId={actor.id} initialValues={emptyWizardValues()} />
    </WizardPage>
  );
}
