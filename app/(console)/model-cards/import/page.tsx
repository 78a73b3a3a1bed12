import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import { mayAuthorCards } from '@/lib/server/model-cards/may-author-cards';
import { Forbidden } from '@/components/shell/forbidden';
import { ImportCard } from '@/components/wizard/import-card';
import { WizardPage } from '@/components/wizard/wizard-page';

export const metadata = { title: 'Import model card' };

export default async function ImportModelCardPage() {
  const actor = await requirePageActor();
  if (!mayAuthorCards(actor)) return <Forbidden what="Importing model cards" role="author" />;
  return (
    <WizardPage title="Import JSON" description="Start a card from a SageMaker model card content file.">
      <ImportCard userId={actor.id} />
    </WizardPage>
  );
}
