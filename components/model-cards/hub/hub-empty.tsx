import Link from 'next/link';
import { Button, buttonClass } from '@/components/ui/button';

/** A new installation: what a model card is, and for those who may write one, where to start. */
export function EmptyRegistry({ canAuthor }: { canAuthor: boolean }) {
  return (
    <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-14 text-center">
      <h2 className="text-lg font-semibold">No cards yet</h2>
      <p className="mx-auto mt-2 max-w-xl text-sm text-muted">
        A model card records what a machine-learning model is for, how it was trained and evaluated, its risks, and who approved which version.
      </p>
      {canAuthor ? (
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <Link href="/model-cards/new" className={buttonClass('primary')}>
            Create model card
          </Link>
          <Link href="/model-cards/import" className={buttonClass('secondary')}>
            Import JSON
          </Link>
        </div>
      ) : (
        <p className="mx-auto mt-4 max-w-xl text-sm text-muted">Cards appear here as soon as an author creates or imports one.</p>
      )}
    </div>
  );
}

/** Filters that match nothing, or a page emptied since its link was made. */
export function NoMatches({ reason, action, onAction }: { reason: 'filters' | 'page'; action: string; onAction: () => void }) {
  return (
    <div className="rounded-xl border border-dashed border-line bg-surface px-6 py-12 text-center">
      <h2 className="text-base font-semibold">{reason === 'filters' ? 'No cards match these filters' : 'This page has no cards any more'}</h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-muted">
        {reason === 'filters'
          ? 'Try another name, or widen the status, risk, owner or date filters.'
          : 'Cards were archived, deleted or changed since this page was listed.'}
      </p>
      <Button variant="secondary" className="mt-5" onClick={onAction}>
        {action}
      </Button>
    </div>
  );
}
