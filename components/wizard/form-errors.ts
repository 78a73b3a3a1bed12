// The wizard's issues as react-hook-form errors: the first message per field, nested as the field names are.
import type { FieldErrors } from 'react-hook-form';
import type { TWizardIssue } from '@/components/wizard/wizard-steps';
import type { TWizardValues } from '@/components/wizard/wizard-form';

export function issuesToErrors(issues: TWizardIssue[]): FieldErrors<TWizardValues> {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    if (!issue.field) continue;
    const keys = issue.field.split('.');
    let node: Record<string, unknown> = errors;
    keys.forEach((key, index) => {
      if (index === keys.length - 1) {
        if (!(key in node)) node[key] = { type: 'validate', message: issue.message };
        return;
      }
      if (!node[key] || typeof node[key] !== 'object') node[key] = /^\d+$/.test(keys[index + 1]) ? [] : {};
      node = node[key] as Record<string, unknown>;
    });
  }
  return errors as FieldErrors<TWizardValues>;
}
