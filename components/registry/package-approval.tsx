'use client';

// Approve or reject a package version with a reason. Approve is disabled with the gate's reason when the server would refuse it; the server still decides.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { inputClass } from '@/components/ui/field';
import { changePackageApprovalAction } from '@/lib/actions/registry';

type Decision = 'Approved' | 'Rejected';

export function PackageApproval({
  groupName,
  version,
  approveBlocked,
  rejected,
}: {
  groupName: string;
  version: number;
  approveBlocked: string | null;
  rejected: boolean;
}) {
  const router = useRouter();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit() {
    if (!decision) return;
    if (decision === 'Rejected' && !reason.trim()) {
      setError('Say why the package is rejected.');
      return;
    }
    startTransition(async () => {
      const result = await changePackageApprovalAction(groupName, version, decision, reason);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setDecision(null);
      setReason('');
      setDone(result.data.message);
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start gap-3">
        <Button
          onClick={() => (setError(null), setDecision('Approved'))}
          disabled={approveBlocked !== null}
          aria-describedby={approveBlocked ? 'approve-blocked' : undefined}
        >
          Approve package
        </Button>
        <Button variant="danger-quiet" onClick={() => (setError(null), setDecision('Rejected'))} disabled={rejected}>
          Reject package
        </Button>
      </div>
      {approveBlocked ? (
        <p id="approve-blocked" className="text-sm text-muted">
          <span className="font-medium text-fg">Approve is not available:</span> {approveBlocked}
        </p>
      ) : null}
      {done ? <Notice tone="success">{done}</Notice> : null}
      <Dialog
        open={decision !== null}
        onClose={() => setDecision(null)}
        title={decision === 'Approved' ? `Approve ${groupName} version ${version}?` : `Reject ${groupName} version ${version}?`}
      >
        <div className="space-y-3">
          <p className="text-sm text-muted">
            {decision === 'Approved'
              ? 'The approval records the card version and hash it relies on. A later card version flags the package.'
              : 'The package becomes Rejected; the record keeps your reason.'}
          </p>
          <div className="space-y-1.5">
            <label htmlFor="approval-reason" className="block text-sm font-medium">
              Reason{decision === 'Approved' ? ' (optional)' : ''}
            </label>
            <textarea
              id="approval-reason"
              rows={3}
              maxLength={1024}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              className={inputClass}
            />
          </div>
          {error ? <Notice tone="error">{error}</Notice> : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDecision(null)}>
              Cancel
            </Button>
            <Button variant={decision === 'Rejected' ? 'danger' : 'primary'} onClick={submit} disabled={pending}>
              {decision === 'Approved' ? 'Approve' : 'Reject'}
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
