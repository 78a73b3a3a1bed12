'use client';

import { STEP_TITLES, WIZARD_STEPS, type TWizardStep } from '@/components/wizard/wizard-steps';

/**
 * The steps as a list of buttons: any step can be opened (values are kept across steps); a step
 * with problems says so next to its title.
 */
export function WizardStepper({
  current,
  onOpen,
  problems,
}: {
  current: TWizardStep;
  onOpen: (step: TWizardStep) => void;
  problems: Partial<Record<TWizardStep, number>>;
}) {
  const currentIndex = WIZARD_STEPS.indexOf(current);
  return (
    <nav aria-label="Wizard steps">
      <ol className="grid grid-cols-5 gap-2">
        {WIZARD_STEPS.map((step, index) => {
          const active = step === current;
          const done = index < currentIndex;
          const count = problems[step] ?? 0;
          return (
            <li key={step} className="min-w-0">
              <button
                type="button"
                onClick={() => onOpen(step)}
                aria-current={active ? 'step' : undefined}
                className={`group flex h-full w-full flex-col gap-1 rounded-lg border-t-4 px-1 pt-2 text-left text-sm transition-colors ${
                  active ? 'border-accent' : done ? 'border-accent/40 hover:border-accent/70' : 'border-line hover:border-muted'
                }`}
              >
                <span className={`text-xs font-medium ${active ? 'text-accent' : 'text-muted'}`}>
                  {index === WIZARD_STEPS.length - 1 ? 'Finally' : `Step ${index + 1}`}
                </span>
                <span className={`leading-snug ${active ? 'font-semibold text-fg' : 'text-fg group-hover:underline'}`}>{STEP_TITLES[step]}</span>
                {count > 0 ? (
                  <span className="text-xs font-medium text-danger">
                    {count} {count === 1 ? 'problem' : 'problems'}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
