// Confirming a bulk archive or delete: what will happen, the chosen cards, and the outcome card by card.
'use client';

import { useState } from 'react';
import { archiveCardsAction, deleteCardsAction } from '@/lib/actions/model-cards';
import type { BulkCardOutcome } from '@/lib/actions/model-cards';
import type { TCardListItem } from '@/lib/server/screens/hub-list';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { cards } from './bulk-actions';
import type { BulkKind, BulkResult } from './bulk-actions';

const DONE: Record<BulkKind, string> = { archive: 'archived', delete: 'deleted' };

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

export function BulkConfirmation({
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
