'use client';

// The review step and the save: problems first, then the card as it will read; a conflict or "no changes" is shown here, and nothing typed is lost.
import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { createCardAction, loadConflictAction, saveCardVersionAction, type ConflictVersions } from '@/lib/actions/card-wizard';
import { formToContent, type TWizardValues } from '@/components/wizard/wizard-form';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { STEP_FIELDS, validateWizardContent, type TEditStep, type TWizardIssue } from '@/components/wizard/wizard-steps';
import { ConflictPanel } from './conflict-panel';
import { StepReview } from './step-review';
import type { WizardOrigin } from './wizard-notices';

type Outcome = { tone: 'error' | 'info'; message: string } | null;

/** The step whose fields hold a service error's path ("model_overview.model_id"), so the message can link to it. */
function stepOfPath(path: string | undefined): TEditStep | null {
  const top = path?.split(/[.[]/)[0];
  return (Object.keys(STEP_FIELDS) as TEditStep[]).find((step) => STEP_FIELDS[step].includes(top as keyof TWizardValues)) ?? null;
}

export function ReviewAndSave({
  origin,
  card,
  nameProblem,
  onOpenField,
  onSaved,
  onReloadTheirs,
  onPutMineBack,
  contentOf,
}: {
  origin: WizardOrigin;
  card?: { id: string; baseVersion: number };
  nameProblem: (() => Promise<string | null>) | null;
  onOpenField: (step: TEditStep, field: string | null) => void;
  onSaved: (saved: { name: string; version: number }) => void;
  onReloadTheirs: (theirs: ConflictVersions['latest']) => void;
  onPutMineBack: (mine: TWizardValues) => void;
  contentOf: () => TModelCardContent;
}) {
  const { control, getValues } = useFormContext<TWizardValues>();
  useWatch({ control });
  const values = getValues();
  const [nameIssue, setNameIssue] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [failedAt, setFailedAt] = useState<{ step: TEditStep; field: string } | null>(null);
  const [conflict, setConflict] = useState<ConflictVersions | null>(null);
  const [mine, setMine] = useState<{ values: TWizardValues; version: number } | null>(null);

  useEffect(() => {
    if (!nameProblem) return;
    let live = true;
    void nameProblem().then((problem) => live && setNameIssue(problem));
    return () => {
      live = false;
    };
  }, [nameProblem]);

  const issues: TWizardIssue[] = [
    ...(nameIssue ? [{ step: 'details' as const, field: 'name', path: 'name', message: nameIssue }] : []),
    ...validateWizardContent(values),
  ];

  async function save() {
    setSaving(true);
    setOutcome(null);
    setFailedAt(null);
    const content = contentOf();
    let result: Awaited<ReturnType<typeof createCardAction>>;
    try {
      result = card
        ? await saveCardVersionAction({ cardId: card.id, baseVersion: card.baseVersion, content })
        : await createCardAction({
            name: getValues('name'),
            content,
            clonedFrom: origin.kind === 'clone' ? { name: origin.sourceName, version: origin.sourceVersion } : undefined,
          });
    } catch {
      setSaving(false);
      return setOutcome({ tone: 'error', message: 'The server could not be reached, so nothing was saved. Your changes are kept in this browser; try again.' });
    }
    if (result.ok) return onSaved(result.data);
    setSaving(false);
    if (result.code === 'CONFLICT' && card && result.path === undefined) {
      const versions = await loadConflictAction({ cardId: card.id, baseVersion: card.baseVersion });
      if (versions.ok) return setConflict(versions.data);
    }
    setOutcome({ tone: result.code === 'NO_CHANGES' ? 'info' : 'error', message: result.message });
    const step = stepOfPath(result.path);
    if (step && result.path) setFailedAt({ step, field: result.path });
  }

  const draft = formToContent(values);
  return (
    <div className="space-y-5">
      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          mine={draft}
          onCancel={() => setConflict(null)}
          onReload={() => {
            setMine({ values: getValues(), version: conflict.latest.version });
            onReloadTheirs(conflict.latest);
            setConflict(null);
          }}
        />
      ) : null}
      {mine ? (
        <Notice tone="info">
          <span className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
            <span>You are now editing version {mine.version}. Your earlier edits are kept until you leave this page.</span>
            <Button
              variant="secondary"
              className="px-3 py-1.5"
              onClick={() => {
                onPutMineBack(mine.values);
                setMine(null);
              }}
            >
              Put my edits back on version {mine.version}
            </Button>
          </span>
        </Notice>
      ) : null}
      {outcome ? (
        <Notice tone={outcome.tone}>
          {outcome.message}
          {failedAt ? (
            <>
              {' '}
              <button type="button" className="font-medium underline" onClick={() => onOpenField(failedAt.step, failedAt.field)}>
                Go to the field
              </button>
            </>
          ) : null}
        </Notice>
      ) : null}
      <StepReview content={draft} issues={issues} onOpenField={onOpenField} />
      <div className="flex flex-wrap items-center justify-end gap-3">
        {issues.length > 0 ? <p className="text-sm text-muted">Fix the problems listed above to save.</p> : null}
        <Button onClick={() => void save()} disabled={saving || issues.length > 0 || conflict !== null}>
          {saving ? 'Saving…' : card ? 'Save as a new version' : 'Save model card'}
        </Button>
      </div>
    </div>
  );
}
