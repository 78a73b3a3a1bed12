'use client';

// The card as it will read, what still blocks the save (each linked to its field), and what is still empty.
import { CardDocument } from '@/components/model-cards/document/card-document';
import { describePath } from '@/lib/model-cards/field-labels';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { STEP_TITLES, type TEditStep, type TWizardIssue } from '@/components/wizard/wizard-steps';
import { emptyFieldsOf } from './empty-fields';

const EDIT_STEPS = ['details', 'training', 'evaluation', 'additional'] as const;

function FieldLink({ step, label, onOpen }: { step: TEditStep; label: string; onOpen: () => void }) {
  return (
    <button type="button" className="text-left font-medium text-accent underline-offset-2 hover:underline" onClick={onOpen}>
      {label}
      <span className="font-normal text-muted"> — {STEP_TITLES[step]}</span>
    </button>
  );
}

export function StepReview({
  content,
  issues,
  onOpenField,
}: {
  content: TModelCardContent;
  issues: TWizardIssue[];
  onOpenField: (step: TEditStep, field: string | null) => void;
}) {
  const empty = emptyFieldsOf(content);
  return (
    <div className="space-y-5">
      {issues.length > 0 ? (
        <section aria-labelledby="problems-title" className="rounded-xl border border-danger/40 bg-danger-soft p-5">
          <h2 id="problems-title" className="text-base font-semibold text-danger">
            {issues.length === 1 ? 'One problem to fix before saving' : `${issues.length} problems to fix before saving`}
          </h2>
          <ul className="mt-3 space-y-1.5 text-sm">
            {issues.map((issue, index) => (
              <li key={index}>
                {issue.step ? (
                  <FieldLink step={issue.step} label={`${describePath(issue.path)}: ${issue.message}`} onOpen={() => onOpenField(issue.step!, issue.field)} />
                ) : (
                  <span>
                    <span className="font-medium">{describePath(issue.path)}</span>: {issue.message}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {empty.length > 0 ? (
        <section aria-labelledby="empty-title" className="rounded-xl border border-line bg-surface p-5">
          <h2 id="empty-title" className="text-base font-semibold">
            Still empty
          </h2>
          <p className="mt-1 text-sm text-muted">These are optional, so the card can be saved without them, but reviewers usually expect them.</p>
          <dl className="mt-3 space-y-3 text-sm">
            {EDIT_STEPS.filter((step) => empty.some((field) => field.step === step)).map((step) => (
              <div key={step}>
                <dt className="font-medium">{STEP_TITLES[step]}</dt>
                <dd className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                  {empty
                    .filter((field) => field.step === step)
                    .map((field) => (
                      <button
                        key={field.path}
                        type="button"
                        className="text-left text-accent underline-offset-2 hover:underline"
                        onClick={() => onOpenField(field.step, field.field)}
                      >
                        {describePath(field.path)}
                      </button>
                    ))}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="document-title" className="rounded-xl border border-line bg-surface p-5">
        <h2 id="document-title" className="mb-4 text-base font-semibold">
          The card as it will read
        </h2>
        {issues.length > 0 ? <p className="text-sm text-muted">Fix the problems above to see the card as it will read.</p> : <CardDocument content={content} />}
      </section>
    </div>
  );
}
