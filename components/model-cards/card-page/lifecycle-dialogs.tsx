// Confirmations before a decision or a destruction: approve (optional comment), request changes (comment required), archive, and delete (type the card's name). Each calls one action and reports the service's own message.
'use client';

import { useState } from 'react';
import { approveAction, archiveAction, deleteCardAction, requestChangesAction } from '@/lib/actions/card-lifecycle';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { inputClass } from '@/components/ui/field';
import { REVIEW_COMMENT_MAX_CHARS } from '@/lib/schemas/review-comment';

export type LifecycleKind = 'approve' | 'request-changes' | 'archive' | 'delete';
export type DialogCard = { id: string; name: string; version: number; contentHash: string };
/** What a finished action tells the page: a message to show, or (delete) where to go. */
export type LifecycleOutcome = { kind: LifecycleKind; message: string };

const TITLES: Record<LifecycleKind, (card: DialogCard) => string> = {
  approve: (card) => `Approve version ${card.version} of ${card.name}?`,
  'request-changes': (card) => `Request changes to version ${card.version}`,
  archive: (card) => `Archive ${card.name}?`,
  delete: (card) => `Delete ${card.name}?`,
};

export function LifecycleDialog({
  kind,
  card,
  onClose,
  onDone,
}: {
  kind: LifecycleKind | null;
  card: DialogCard;
  onClose: () => void;
  onDone: (outcome: LifecycleOutcome) => void;
}) {
  return (
    <Dialog open={!!kind} onClose={onClose} title={kind ? TITLES[kind](card) : ''}>
      {kind ? <DialogBody key={kind} kind={kind} card={card} onClose={onClose} onDone={onDone} /> : null}
    </Dialog>
  );
}

function CommentField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  required,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint: string;
  required?: boolean;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        rows={4}
        value={value}
        maxLength={REVIEW_COMMENT_MAX_CHARS}
        required={required}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-${error ? 'error' : 'hint'}`}
        onChange={(event) => onChange(event.target.value)}
        className={inputClass}
      />
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-danger">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}

function DialogBody({
  kind,
  card,
  onClose,
  onDone,
}: {
  kind: LifecycleKind;
  card: DialogCard;
  onClose: () => void;
  onDone: (outcome: LifecycleOutcome) => void;
}) {
  const [comment, setComment] = useState('');
  const [typedName, setTypedName] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    setFieldError(null);
    if (kind === 'request-changes' && comment.trim() === '') {
      setFieldError('Write what needs to change: the author reads this comment.');
      return;
    }
    if (kind === 'delete' && typedName !== card.name) {
      setFieldError(`Type ${card.name} exactly to confirm.`);
      return;
    }
    setPending(true);
    const result =
      kind === 'approve'
        ? await approveAction(card.id, card.version, comment)
        : kind === 'request-changes'
          ? await requestChangesAction(card.id, card.version, comment)
          : kind === 'archive'
            ? await archiveAction(card.id, comment)
            : await deleteCardAction(card.id);
    setPending(false);
    if (!result.ok) {
      // The comment stays in the box whatever went wrong, so nothing typed is lost.
      if (result.path === 'comment') setFieldError(result.message.replace(/^comment: /, ''));
      else setError(result.message);
      return;
    }
    onDone({ kind, message: result.data.message });
  }

  const confirmLabel = { approve: 'Approve', 'request-changes': 'Request changes', archive: 'Archive', delete: 'Delete permanently' }[kind];
  return (
    <form onSubmit={confirm} className="space-y-4" noValidate>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {kind === 'approve' ? (
        <>
          <p className="text-sm text-muted">
            Your approval is recorded with your name, the time, version {card.version} and its hash{' '}
            <code className="font-mono text-xs">{card.contentHash.slice(0, 12)}</code>. It cannot be withdrawn; a new version needs a new review.
          </p>
          <CommentField
            id="approve-comment"
            label="Comment (optional)"
            value={comment}
            onChange={setComment}
            hint="Appears on the card's timeline and in the PDF's approval chain."
          />
        </>
      ) : null}
      {kind === 'request-changes' ? (
        <>
          <p className="text-sm text-muted">The card goes back to Draft. The author revises it and submits a new version for review.</p>
          <CommentField
            id="request-changes-comment"
            label="What needs to change"
            value={comment}
            onChange={setComment}
            error={fieldError}
            required
            hint="Required. Name the sections or fields to revise."
          />
        </>
      ) : null}
      {kind === 'archive' ? (
        <>
          <p className="text-sm text-muted">
            An archived card takes no more content changes or reviews. It can still be read, compared and exported. Archiving cannot be undone.
          </p>
          <CommentField id="archive-comment" label="Reason (optional)" value={comment} onChange={setComment} hint="Appears on the card's timeline." />
        </>
      ) : null}
      {kind === 'delete' ? (
        <>
          <p className="text-sm text-muted">
            {card.name} and all its versions will be removed from the hub and the APIs. This cannot be undone; the audit trail keeps who deleted it and every
            version&apos;s hash.
          </p>
          <div className="space-y-1.5">
            <label htmlFor="delete-confirm-name" className="block text-sm font-medium">
              Type <span className="font-mono">{card.name}</span> to confirm
            </label>
            <input
              id="delete-confirm-name"
              autoComplete="off"
              spellCheck={false}
              autoFocus
              value={typedName}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? 'delete-confirm-name-error' : undefined}
              onChange={(event) => setTypedName(event.target.value)}
              className={`${inputClass} font-mono`}
            />
            {fieldError ? (
              <p id="delete-confirm-name-error" className="text-xs font-medium text-danger">
                {fieldError}
              </p>
            ) : null}
          </div>
        </>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant={kind === 'delete' ? 'danger' : 'primary'} disabled={pending || (kind === 'delete' && typedName !== card.name)}>
          {pending ? 'Working…' : confirmLabel}
        </Button>
      </div>
    </form>
  );
}
