'use client';

import { useFormContext, useWatch } from 'react-hook-form';
import type { TWizardValues } from '@/components/wizard/wizard-form';
import { validateWizardStep, type TEditStep, type TWizardStep } from '@/components/wizard/wizard-steps';
import { WizardStepper } from './wizard-stepper';

/** The stepper, with problem counts kept current as the person types (only this part re-renders on each keystroke). */
export function LiveStepper({
  current,
  attempted,
  onOpen,
}: {
  current: TWizardStep;
  attempted: ReadonlySet<TWizardStep>;
  onOpen: (step: TWizardStep) => void;
}) {
  const { control, getValues } = useFormContext<TWizardValues>();
  useWatch({ control });
  const values = getValues();
  // Counts appear on steps the person has tried to leave, or all of them once the review is open.
  const counted = (step: TEditStep) => (attempted.has(step) || current === 'review' ? validateWizardStep(step, values).length : 0);
  const problems = { details: counted('details'), training: counted('training'), evaluation: counted('evaluation'), additional: counted('additional') };
  return <WizardStepper current={current} onOpen={onOpen} problems={problems} />;
}
