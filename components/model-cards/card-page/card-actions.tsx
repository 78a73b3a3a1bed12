// The actions bar: only what the signed-in user may do to this card now (getCardPermissions), each through its confirmation; results are announced above the card.
'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { submitForReviewAction } from '@/lib/actions/card-lifecycle';
import type { CardPermissionsDto } from '@/lib/server/model-cards/get-card-permissions';
import { Button, buttonClass } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { ExportPdfButton } from '@/components/exports/export-pdf-button';
import { LifecycleDialog } from './lifecycle-dialogs';
import type { DialogCard, LifecycleKind, LifecycleOutcome } from './lifecycle-dialogs';

export function CardActions({ card, permissions }: { card: DialogCard; permissions: CardPermissionsDto }) {
  const router = useRouter();
  const [dialog, setDialog] = useState<LifecycleKind | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit() {
    setSubmitting(true);
    const result = await submitForReviewAction(card.id);
    setSubmitting(false);
    setNotice(result.ok ? { tone: 'success', text: result.data.message } : { tone: 'error', text: result.message });
    if (result.ok) router.refresh();
  }

  function done(outcome: LifecycleOutcome) {
    setDialog(null);
    if (outcome.kind === 'delete') {
      router.push(`/model-cards?deleted=${encodeURIComponent(card.name)}`);
      return;
    }
    setNotice({ tone: 'success', text: outcome.message });
    router.refresh();
  }

  const { canEdit, canSubmit, canApprove, canRequestChanges, canArchive, canDelete, canClone, canExport } = permissions;
  // Nothing to offer, no empty bar (everyone who reads may export, so in practice the export row always shows).
  if (![canEdit, canSubmit, canApprove, canRequestChanges, canArchive, canDelete, canClone, canExport].some(Boolean)) return null;
  return (
    <div className="space-y-3">
      <div role="group" aria-label="Card actions" className="flex flex-wrap items-center gap-2">
        {canApprove ? <Button onClick={() => setDialog('approve')}>Approve</Button> : null}
        {canRequestChanges ? (
          <Button variant="secondary" onClick={() => setDialog('request-changes')}>
            Request changes
          </Button>
        ) : null}
        {canEdit ? (
          <Link href={`/model-cards/${card.name}/edit`} className={buttonClass(canApprove ? 'secondary' : 'primary')}>
            Edit
          </Link>
        ) : null}
        {canSubmit ? (
          <Button variant="secondary" onClick={submit} disabled={submitting}>
            {submitting ? 'Submitting…' : 'Submit for review'}
          </Button>
        ) : null}
        {canClone ? (
          <Link href={`/model-cards/new?clone=${card.name}`} className={buttonClass('secondary')}>
            Clone
          </Link>
        ) : null}
        {canArchive ? (
          <Button variant="secondary" onClick={() => setDialog('archive')}>
            Archive
          </Button>
        ) : null}
        {canDelete ? (
          <Button variant="danger-quiet" onClick={() => setDialog('delete')}>
            Delete
          </Button>
        ) : null}
      </div>
      {/* Its own row: the job's progress and download appear under it without pushing the lifecycle buttons around. */}
      {canExport ? <ExportPdfButton cardName={card.name} version={card.version} /> : null}
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <LifecycleDialog kind={dialog} card={card} onClose={() => setDialog(null)} onDone={done} />
    </div>
  );
}
