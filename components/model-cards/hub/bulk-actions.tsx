'use client';

import { useState } from 'react';
import { archiveCardsAction, deleteCardsAction } from '@/lib/actions/model-cards';
import type { BulkCardOutcome } from '@/lib/actions/model-cards';
import type { TCardListItem } from '@/lib/server/screens/hub-list';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';

type BulkKind = 'archive' | 'delete';
export type BulkResult = { tone: 'success' | 'warning' | 'error'; summary: string; failures: string[] };

const DONE: Record<BulkKind, string> = { archive: 'archived', delete: 'deleted' };

export function cards(count: number): string {
  return `${count} ${count === 1 ? 'card' : 'cards'}`;
}

/** "3 cards archived; 1 could not be:" followed by one "name: reason" per refusal. */
function describe(kind: BulkKind, chosen: TCardListItem[], outcomes: BulkCardOutcome[]): BulkResult {
  const names = new Map(chosen.map((card) => [card.id, card.name]));
  const failed = outcomes.filter((outcome) => !outcome.ok);
  const done = outcomes.length - failed.length;
  const summary = failed.length ? `${cards(done)} ${DONE[kind]}; ${failed.length} could not be:` : `${cards(done)} ${DONE[kind]}.`;
  return {
    tone: failed.length === 0 ? 'success' : done === 0 ? 'error' : 'warning',
    summary,
    failures: failed.map((outcome) => `${names.get(outcome.cardId) ?? outcome.cardId}: ${outcome.ok ? '' : outcome.message}`),
  };
}

function Confirmation({
  kind,
  chosen,
  onCancel,
  onDone,
}: {
  kind: BulkKind;
  chosen: TCardListItem[];
  onCancel: () => void;
  onDone: (result: BulkResult) => void;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const count = cards(chosen.length);

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const ids = chosen.map((card) => card.id);
    const result = kind === 'archive' ? await archiveCardsAction(ids) : await deleteCardsAction(ids);
    setPending(false);
    if (!result.ok) setError(result.message);
    else onDone(describe(kind, chosen, result.data));
  }

  return (
    <form onSubmit={confirm} className="space-y-4">
      {error ? <Notice tone="error">{error}</Notice> : null}
      {kind === 'archive' ? (
        <p className="text-sm text-muted">
          {count} will be archived. Archived cards take no more content changes; they can still be read, compared and exported. Only the owner of a card or an
          admin can archive it: any other card stays as it is and is listed afterwards.
        </p>
      ) : (
        <p className="text-sm text-muted">
          {count} and all their versions will be removed from the hub and the APIs. This cannot be undone: their versions are kept in the audit trail only,
          which records each version&apos;s hash and who deleted the card.
        </p>
      )}
      <ul aria-label="Chosen cards" className="max-h-40 space-y-0.5 overflow-y-auto rounded-md border border-line bg-sunken px-3 py-2 font-mono text-xs">
        {chosen.map((card) => (
          <li key={card.id} className="break-all">
            {card.name}
          </li>
        ))}
      </ul>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant={kind === 'delete' ? 'danger' : 'primary'} disabled={pending} autoFocus>
          {pending ? (kind === 'archive' ? 'Archiving…' : 'Deleting…') : `${kind === 'archive' ? 'Archive' : 'Delete'} ${count}`}
        </Button>
      </div>
    </form>
  );
}

/** The actions this person may take on some card of the page; each is enabled once a chosen card allows it, and a chosen card that does not is listed as refused afterwards. */
export function BulkActions({
  chosen,
  canArchive,
  canDelete,
  onDone,
}: {
  chosen: TCardListItem[];
  canArchive: boolean;
  canDelete: boolean;
  onDone: (result: BulkResult) => void;
}) {
  const [open, setOpen] = useState<BulkKind | null>(null);
  if (!canArchive && !canDelete) return null;
  const count = cards(chosen.length);
  const archivable = chosen.some((card) => card.actions.canArchive);
  const deletable = chosen.some((card) => card.actions.canDelete);
  return (
    <div role="group" aria-label="Bulk actions" className="flex gap-2">
      {canArchive ? (
        <Button variant="secondary" className="py-1.5" disabled={!archivable} onClick={() => setOpen('archive')}>
          Archive{chosen.length ? ` (${chosen.length})` : ''}
        </Button>
      ) : null}
      {canDelete ? (
        <Button variant="danger-quiet" className="py-1.5" disabled={!deletable} onClick={() => setOpen('delete')}>
          Delete{chosen.length ? ` (${chosen.length})` : ''}
        </Button>
      ) : null}
      <Dialog open={open !== null} onClose={() => setOpen(null)} title={open === 'delete' ? `Delete ${count}?` : `Archive ${count}?`}>
        {open ? (
          <Confirmation
            kind={open}
            chosen={chosen}
            onCancel={() => setOpen(null)}
            onDone={(result) => {
              setOpen(null);
              onDone(result);
            }}
          />
        ) : null}
      </Dialog>
    </div>
  );
}

/** What a bulk action did, card by card, until the next action or until dismissed. */
export function BulkResultNotice({ result, onDismiss }: { result: BulkResult; onDismiss: () => void }) {
  return (
    <Notice tone={result.tone}>
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="font-medium">{result.summary}</p>
          {result.failures.length ? (
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {result.failures.map((failure) => (
                <li key={failure}>{failure}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <button type="button" onClick={onDismiss} aria-label="Dismiss" className="rounded px-1 text-lg leading-none opacity-70 hover:opacity-100">
          ×
        </button>
      </div>
    </Notice>
  );
}
