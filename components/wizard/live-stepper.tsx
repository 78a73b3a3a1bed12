'use client';

import { useFormContext, useWatch } from 'react-hook-form';
import type { TWizardValues } from '@/lib/model-cards/wizard-form';
import { validateWizardStep, type TWizardStep } from '@/lib/schemas/wizard-steps';
import { WizardStepper } from './wizard-stepper';

/** The stepper, with each step's problem count kept current as the person types (only this part re-renders). */
export function LiveStepper({ current, onOpen }: { current: TWizardStep; onOpen: (step: TWizardStep) => void }) {
  const { control, getValues } = useFormContext<TWizardValues>();
  useWatch({ control });
  const values = getValues();
  const problems = {
    details: validateWizardStep('details', values).length,
    training: validateWizardStep('training', values).length,
    evaluation: validateWizardStep('evaluation', values).length,
    additional: validateWizardStep('additional', values).length,
  };
  return <WizardStepper current={current} onOpen={onOpen} problems={problems} />;
}
