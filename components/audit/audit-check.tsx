'use client';

import { useState } from 'react';
import { checkAuditTrailAction } from '@/lib/actions/audit';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { formatDateTime } from '@/lib/format';

type Outcome = Awaited<ReturnType<typeof checkAuditTrailAction>>;

export function AuditCheck() {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function check() {
    setPending(true);
    setOutcome(await checkAuditTrailAction());
    setPending(false);
  }

  return (
    <div className="space-y-4 rounded-xl border border-line bg-surface p-5">
      <div>
        <h2 className="font-semibold">Verify the hash chain</h2>
        <p className="mt-1 text-sm text-muted">
          Every change in Cardinal writes an audit event that stores the SHA-256 of the event before it. Verifying recomputes every hash in order and reports
          the first event that was changed, removed or inserted. The same check runs from a shell with <code className="font-mono">npm run audit:verify</code>{' '}
          while the server is stopped.
        </p>
      </div>
      <Button onClick={check} disabled={pending} aria-describedby="audit-check-result">
        {pending ? 'Verifying…' : 'Verify audit trail'}
      </Button>
      <div id="audit-check-result" aria-live="polite">
        {outcome && !outcome.ok ? <Notice tone="error">{outcome.message}</Notice> : null}
        {outcome && outcome.ok && outcome.data.ok ? (
          <Notice tone="success">
            Intact: {outcome.data.checked.toLocaleString('en-GB')} events checked at {formatDateTime(outcome.data.checkedAt)}.
          </Notice>
        ) : null}
        {outcome && outcome.ok && !outcome.data.ok ? (
          <Notice tone="error">
            Broken at event {outcome.data.firstBroken?.seq}: {outcome.data.firstBroken?.reason}. The {outcome.data.checked.toLocaleString('en-GB')} events
            before it are intact.
          </Notice>
        ) : null}
      </div>
    </div>
  );
}
