'use client';

import { Suspense, lazy, useState } from 'react';
import type { TCardListItem } from '@/lib/server/screens/hub-list';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';

export type BulkKind = 'archive' | 'delete';
export type BulkResult = { tone: 'success' | 'warning' | 'error'; summary: string; failures: string[] };

export function cards(count: number): string {
  return `${count} ${count === 1 ? 'card' : 'cards'}`;
}

// The confirmation (its texts, the server actions' calls) loads when Archive or Delete is chosen, not with the hub. React's lazy,
// not next/dynamic, whose loader would add more to the first load than the confirmation takes out.
const BulkConfirmation = lazy(() => import('./bulk-confirmation').then((module) => ({ default: module.BulkConfirmation })));

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
          <Suspense fallback={<p className="text-sm text-muted">Loading…</p>}>
            <BulkConfirmation
              kind={open}
              chosen={chosen}
              onCancel={() => setOpen(null)}
              onDone={(result) => {
                setOpen(null);
                onDone(result);
              }}
            />
          </Suspense>
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
