// The review screen's decision: Approve or Request changes (each confirmed in a dialog), or the reason this reviewer cannot act, in the services' words.
'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { CardPermissionsDto } from '@/lib/server/model-cards/get-card-permissions';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { LifecycleDialog } from '@/components/model-cards/card-page/lifecycle-dialogs';
import type { DialogCard, LifecycleKind } from '@/components/model-cards/card-page/lifecycle-dialogs';

export function ReviewDecision({ card, permissions, blocked }: { card: DialogCard; permissions: CardPermissionsDto; blocked: string | null }) {
  const router = useRouter();
  const [dialog, setDialog] = useState<LifecycleKind | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { canApprove, canRequestChanges, approveBlockedReason, quorum } = permissions;
  const reason = blocked ?? approveBlockedReason;

  return (
    <section aria-labelledby="decision-title" className="space-y-3 rounded-xl border border-line bg-surface p-5">
      <h2 id="decision-title" className="text-sm font-semibold">
        Your decision
      </h2>
      {quorum ? (
        <p className="text-sm text-muted">
          {quorum.approvals} of {quorum.required} {quorum.required === 1 ? 'approval' : 'approvals'} so far
          {` — ${quorum.rule}`}
        </p>
      ) : null}
      {done ? (
        <Notice tone="success">
          {done}{' '}
          <Link href="/reviews" className="font-medium underline underline-offset-2">
            Back to the queue
          </Link>
        </Notice>
      ) : null}
      {reason && !done ? <Notice tone="warning">{/[.!?]$/.test(reason) ? reason : `${reason}.`}</Notice> : null}
      {canApprove || canRequestChanges ? (
        <div className="flex flex-wrap gap-2">
          {canApprove ? <Button onClick={() => setDialog('approve')}>Approve version {card.version}</Button> : null}
          {canRequestChanges ? (
            <Button variant="secondary" onClick={() => setDialog('request-changes')}>
              Request changes
            </Button>
          ) : null}
        </div>
      ) : null}
      <LifecycleDialog
        kind={dialog}
        card={card}
        onClose={() => setDialog(null)}
        onDone={(outcome) => {
          setDialog(null);
          setDone(outcome.message);
          router.refresh();
        }}
      />
    </section>
  );
}
