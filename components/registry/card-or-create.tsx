import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import type { RegistryCardSummary } from '@/lib/server/screens/registry-screen';
import { DocumentingCard } from './registry-badges';

/** The card that documents a row, or for authors a button that opens the wizard prefilled from what the row names. */
export function CardOrCreate({
  card,
  createHref,
  canAuthor,
  what,
}: {
  card: RegistryCardSummary | null;
  createHref: string | null;
  canAuthor: boolean;
  what: string;
}) {
  if (card) return <DocumentingCard card={card} />;
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-xs text-muted">
      No card
      {canAuthor && createHref ? (
        <Link href={createHref} className={buttonClass('secondary', 'px-2.5 py-1 text-xs')}>
          Create model card<span className="sr-only"> for {what}</span>
        </Link>
      ) : null}
    </span>
  );
}
