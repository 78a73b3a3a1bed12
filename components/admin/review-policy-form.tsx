'use client';

import { useState } from 'react';
import { RISK_RATINGS } from '@/lib/schemas/risk-rating';
import type { TReviewPolicy } from '@/lib/schemas/dashboard-query';
import { setReviewPolicyAction } from '@/lib/actions/review-policy';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { inputClass } from '@/components/ui/field';

type Outcome = Awaited<ReturnType<typeof setReviewPolicyAction>>;

/** Months per risk rating until an approved card is due for re-review; the server checks the values (1–120 whole months). */
export function ReviewPolicyForm({ initial }: { initial: TReviewPolicy }) {
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(RISK_RATINGS.map((risk) => [risk, String(initial[risk])])));
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setOutcome(await setReviewPolicyAction(values));
    setPending(false);
  }

  const errorPath = outcome && !outcome.ok ? outcome.path : undefined;
  return (
    <form onSubmit={save} className="space-y-4 rounded-xl border border-line bg-surface p-5">
      <div>
        <h2 className="font-semibold">Re-review periods</h2>
        <p className="mt-1 text-sm text-muted">
          An approved model card is due for re-review this many months after its approval. The dashboard flags and counts cards past their date. Changes are
          recorded in the audit trail.
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-4">
        {RISK_RATINGS.map((risk) => (
          <div key={risk}>
            <label htmlFor={`policy-${risk}`} className="mb-1 block text-sm font-medium">
              {risk} risk
            </label>
            <div className="flex items-center gap-2">
              <input
                id={`policy-${risk}`}
                type="number"
                inputMode="numeric"
                min={1}
                max={120}
                step={1}
                required
                value={values[risk]}
                aria-invalid={errorPath === risk ? true : undefined}
                onChange={(event) => setValues((current) => ({ ...current, [risk]: event.target.value }))}
                className={`${inputClass} w-24`}
              />
              <span className="text-sm text-muted">months</span>
            </div>
          </div>
        ))}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save review policy'}
      </Button>
      <div aria-live="polite">
        {outcome && !outcome.ok ? <Notice tone="error">{outcome.message}</Notice> : null}
        {outcome && outcome.ok ? <Notice tone="success">Saved. The dashboard now judges re-reviews by these periods.</Notice> : null}
      </div>
    </form>
  );
}
