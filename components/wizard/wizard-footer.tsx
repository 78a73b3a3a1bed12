'use client';

import Link from 'next/link';
import { Button, buttonClass } from '@/components/ui/button';
import { STEP_TITLES, WIZARD_STEPS } from '@/components/wizard/wizard-steps';

/** Back and Next, named for where they lead; leaving keeps the draft, so Cancel needs no confirmation. */
export function WizardFooter({ stepIndex, onBack, onNext, cancelHref }: { stepIndex: number; onBack: () => void; onNext: () => void; cancelHref: string }) {
  const last = stepIndex === WIZARD_STEPS.length - 1;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4">
      <Link href={cancelHref} className={buttonClass('ghost')}>
        Cancel
      </Link>
      <div className="flex flex-wrap gap-2">
        {stepIndex > 0 ? (
          <Button variant="secondary" onClick={onBack}>
            <span aria-hidden="true">←</span> Back
          </Button>
        ) : null}
        {last ? null : (
          <Button onClick={onNext}>
            Next<span className="sr-only">: {STEP_TITLES[WIZARD_STEPS[stepIndex + 1]]}</span> <span aria-hidden="true">→</span>
          </Button>
        )}
      </div>
    </div>
  );
}
