import Link from 'next/link';
import { Button, buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

/** A new installation: what a model card is, and for those who may write one, where to start. */
export function EmptyRegistry({ canAuthor }: { canAuthor: boolean }) {
  return (
    <EmptyState
      title="No cards yet"
      actions={
        canAuthor ? (
          <>
            <Link href="/model-cards/new" className={buttonClass('primary')}>
              Create model card
            </Link>
            <Link href="/model-cards/import" className={buttonClass('secondary')}>
              Import JSON
            </Link>
          </>
        ) : (
          <p className="text-sm text-muted">Cards appear here as soon as an author creates or imports one.</p>
        )
      }
    >
      A model card records what a machine-learning model is for, how it was trained and evaluated, its risks, and who approved which version.
    </EmptyState>
  );
}

/** Filters that match nothing, or a page emptied since its link was made. */
export function NoMatches({ reason, action, onAction }: { reason: 'filters' | 'page'; action: string; onAction: () => void }) {
  return (
    <EmptyState
      title={reason === 'filters' ? 'No cards match these filters' : 'This page has no cards any more'}
      actions={
        <Button variant="secondary" onClick={onAction}>
          {action}
        </Button>
      }
    >
      {reason === 'filters'
        ? 'Try another name, or widen the status, risk, owner or date filters.'
        : 'Cards were archived, deleted or changed since this page was listed.'}
    </EmptyState>
  );
}
