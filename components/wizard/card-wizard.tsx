'use client';

// The four-step wizard and its review, for a new card, a clone, an import or the next version of a card; the services decide every rule on save.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { FormProvider, useForm, useWatch, type Resolver } from 'react-hook-form';
import { contentToForm, formToContent, type TWizardValues } from '@/components/wizard/wizard-form';
import {
  STEP_FIELDS,
  STEP_TITLES,
  WIZARD_STEPS,
  validateWizardStep,
  type TEditStep,
  type TWizardIssue,
  type TWizardStep,
} from '@/components/wizard/wizard-steps';
import { CardNameField, FixedCardName } from './card-name-field';
import { focusField } from './field-id';
import { issuesToErrors } from './form-errors';
import { StepDetails } from './step-details';
import { StepTraining } from './step-training';
import { StepEvaluation } from './step-evaluation';
import { StepAdditional } from './step-additional';
import { ReviewAndSave } from './review-and-save';
import { WizardFooter } from './wizard-footer';
import { LiveStepper } from './live-stepper';
import { ShowAllErrorsContext } from './show-errors';
import { useNameCheck } from './use-name-check';
import { draftKey, useWizardDraft, type WizardDraft } from './use-wizard-draft';
import { DraftNotice, OriginNotice, type WizardOrigin } from './wizard-notices';

const EDIT_STEPS = ['details', 'training', 'evaluation', 'additional'] as const;

function draftName(origin: WizardOrigin): string {
  if (origin.kind === 'edit') return origin.cardName;
  if (origin.kind === 'clone') return `clone:${origin.sourceName}`;
  if (origin.kind === 'prefill') return `prefill:${origin.subject}`;
  return origin.kind;
}

export type WizardProps = {
  origin: WizardOrigin;
  userId: string;
  initialValues: TWizardValues;
  /** The card being edited and the version the edit starts from. */
  card?: { id: string; baseVersion: number };
};

export function CardWizard({ origin, userId, initialValues, card }: WizardProps) {
  const router = useRouter();
  const named = origin.kind !== 'edit';
  const nameProblem = useRef<string | null>(null);
  const resolver = useCallback<Resolver<TWizardValues>>(
    async (values) => {
      const issues: TWizardIssue[] = EDIT_STEPS.flatMap((step) => validateWizardStep(step, values));
      if (named && nameProblem.current) issues.unshift({ step: 'details', field: 'name', path: 'name', message: nameProblem.current });
      return issues.length === 0 ? { values, errors: {} } : { values: {}, errors: issuesToErrors(issues) };
    },
    [named],
  );
  const form = useForm<TWizardValues>({ defaultValues: initialValues, resolver, mode: 'onTouched' });
  const [step, setStep] = useState<TWizardStep>('details');
  const [baseVersion, setBaseVersion] = useState<number | null>(card?.baseVersion ?? null);
  const [opened, setOpened] = useState({ values: initialValues, baseVersion: card?.baseVersion ?? null });
  const [importedFrom, setImportedFrom] = useState<string | null>(null);
  const [staleBase, setStaleBase] = useState<{ base: number; latest: number } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [attempted, setAttempted] = useState<ReadonlySet<TWizardStep>>(new Set());

  const key = draftKey(userId, draftName(origin));
  const onRestore = useCallback(
    (draft: WizardDraft) => {
      form.reset(draft.values, { keepDefaultValues: true });
      if (WIZARD_STEPS.includes(draft.step)) setStep(draft.step);
      if (origin.kind === 'edit' && typeof draft.baseVersion === 'number') {
        setBaseVersion(draft.baseVersion);
        if (draft.baseVersion < origin.latestVersion) setStaleBase({ base: draft.baseVersion, latest: origin.latestVersion });
      }
      if (draft.source) setImportedFrom(draft.source);
    },
    [form, origin],
  );
  const draft = useWizardDraft({ key, form, step, baseVersion, initial: opened, onRestore });

  const name = useWatch({ control: form.control, name: 'name' });
  const nameCheck = useNameCheck(name, named, (problem) => {
    nameProblem.current = problem;
    if (form.getFieldState('name').isTouched || problem === null) void form.trigger('name');
  });

  function open(next: TWizardStep) {
    // The review lists every problem, so from there on each field shows its own message too.
    if (next === 'review') setAttempted(new Set(WIZARD_STEPS));
    setStep(next);
    requestAnimationFrame(() => {
      window.scrollTo({ top: 0 });
      headingRef.current?.focus();
    });
  }

  /** Moving forward checks the step being left; going back never blocks. */
  async function go(next: TWizardStep) {
    const from = WIZARD_STEPS.indexOf(step);
    if (WIZARD_STEPS.indexOf(next) <= from || step === 'review') return open(next);
    setAttempted((steps) => new Set(steps).add(step));
    if (step === 'details' && named) nameProblem.current = await nameCheck.checkNow();
    const valid = await form.trigger(STEP_FIELDS[step] as never);
    if (!valid) {
      const first = (step === 'details' && named && nameProblem.current ? 'name' : null) ?? validateWizardStep(step, form.getValues())[0]?.field;
      if (first) focusField(first);
      return;
    }
    open(next);
  }

  function openField(target: TEditStep, field: string | null) {
    open(target);
    if (field) focusField(field);
  }

  const restart = useCallback(
    (values: TWizardValues, base: number | null, keepAsOpened: boolean) => {
      form.reset(values, keepAsOpened ? undefined : { keepDefaultValues: true });
      if (keepAsOpened) setOpened({ values, baseVersion: base });
      setBaseVersion(base);
      setStaleBase(null);
    },
    [form],
  );

  const stepIndex = WIZARD_STEPS.indexOf(step);
  const nameField = useMemo(() => (origin.kind === 'edit' ? <FixedCardName name={origin.cardName} /> : null), [origin]);
  return (
    <FormProvider {...form}>
      <div className="space-y-5">
        <OriginNotice origin={origin} importedFrom={importedFrom} />
        {draft.restoredAt ? (
          <DraftNotice
            savedAt={draft.restoredAt}
            staleBase={staleBase}
            onDiscard={() => {
              draft.clear();
              restart(opened.values, opened.baseVersion, false);
              setStep('details');
              draft.resume();
            }}
          />
        ) : null}
        <LiveStepper current={step} attempted={attempted} onOpen={(next) => void go(next)} />
        <ShowAllErrorsContext.Provider value={attempted.has(step)}>
          <form noValidate onSubmit={(event) => event.preventDefault()} aria-labelledby="step-title" className="space-y-5">
            <h2 id="step-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold tracking-tight focus:outline-none">
              {STEP_TITLES[step]}
            </h2>
            {step === 'details' ? <StepDetails nameField={nameField ?? <CardNameField check={nameCheck} />} /> : null}
            {step === 'training' ? <StepTraining /> : null}
            {step === 'evaluation' ? <StepEvaluation /> : null}
            {step === 'additional' ? <StepAdditional /> : null}
            {step === 'review' ? (
              <ReviewAndSave
                origin={origin}
                card={card ? { id: card.id, baseVersion: baseVersion ?? card.baseVersion } : undefined}
                nameProblem={named ? nameCheck.checkNow : null}
                onOpenField={openField}
                onSaved={(saved) => {
                  draft.clear();
                  router.push(`/model-cards/${encodeURIComponent(saved.name)}`);
                }}
                onReloadTheirs={(theirs) => restart(contentToForm(theirs.content, form.getValues('name')), theirs.version, true)}
                onPutMineBack={(mine) => form.reset(mine, { keepDefaultValues: true })}
                contentOf={() => formToContent(form.getValues())}
              />
            ) : null}
          </form>
        </ShowAllErrorsContext.Provider>
        <WizardFooter
          stepIndex={stepIndex}
          onBack={() => open(WIZARD_STEPS[stepIndex - 1])}
          onNext={() => void go(WIZARD_STEPS[stepIndex + 1])}
          cancelHref={origin.kind === 'edit' ? `/model-cards/${encodeURIComponent(origin.cardName)}` : '/model-cards'}
        />
      </div>
    </FormProvider>
  );
}
