import Link from 'next/link';
import { requirePageActor } from '@/lib/server/auth/require-page-actor';
import type { Actor } from '@/lib/server/auth/actor';
import { isAppError } from '@/lib/server/errors';
import { getCloneSource } from '@/lib/server/model-cards/get-clone-source';
import { mayAuthorCards } from '@/lib/server/model-cards/may-author-cards';
import { prefillCard } from '@/lib/server/registry/prefill-card';
import { parseModelPackageArn } from '@/lib/server/registry/registry-arns';
import { prefilledSections } from '@/components/registry/prefill-origin';
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

/** A card for a registered package version (?package=<ARN>) or model (?model=<name>), prefilled by the registry; null when it names nothing registered. */
async function loadPrefill(actor: Actor, subject: { packageArn: string } | { modelName: string }) {
  try {
    const prefill =
      'packageArn' in subject ? await prefillCard({ actor, modelPackageArn: subject.packageArn }) : await prefillCard({ actor, modelName: subject.modelName });
    return prefill;
  } catch (error) {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'INVALID_INPUT')) return null;
    throw error;
  }
}

function subjectOf(subject: { packageArn: string } | { modelName: string }): { label: string; href: string } {
  if ('modelName' in subject) return { label: `model ${subject.modelName}`, href: `/registry/models?q=${encodeURIComponent(subject.modelName)}` };
  const parsed = parseModelPackageArn(subject.packageArn);
  return parsed
    ? { label: `${parsed.groupName} version ${parsed.version}`, href: `/registry/${encodeURIComponent(parsed.groupName)}/${parsed.version}` }
    : { label: subject.packageArn, href: '/registry' };
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
      <WizardPage
        title={`Clone ${source.name}`}
        description="A new card, starting from the latest version of another. It gets its own name, history and review."
      >
        <CardWizard
          origin={{
            kind: 'clone',
            sourceName: source.name,
            sourceVersion: source.version,
            droppedModelId: source.droppedModelId,
            droppedModelPackageArn: source.droppedModelPackageArn,
          }}
          userId={actor.id}
          initialValues={contentToForm(source.content)}
        />
      </WizardPage>
    );
  }

  const subject = typeof params.package === 'string' ? { packageArn: params.package } : typeof params.model === 'string' ? { modelName: params.model } : null;
  if (subject) {
    const prefill = await loadPrefill(actor, subject);
    const { label, href } = subjectOf(subject);
    if (!prefill) {
      return (
        <WizardUnavailable title="Nothing to prefill from">
          <p>{label} is not registered here. It may have been deleted.</p>
          <Link href="/registry" className={buttonClass('secondary')}>
            Back to models
          </Link>
        </WizardUnavailable>
      );
    }
    return (
      <WizardPage title={`Create model card for ${label}`} description="Prefilled from the registry. Check each step, give the card a name and save.">
        <CardWizard
          origin={{ kind: 'prefill', subject: label, subjectHref: href, sections: prefilledSections(prefill), notes: prefill.notes }}
          userId={actor.id}
          initialValues={contentToForm(prefill.content)}
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
