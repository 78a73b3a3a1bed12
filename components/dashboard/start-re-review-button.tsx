// An overdue row's re-review: reopens the approved card for review (a service call, audited) and takes the reviewer to its review screen; a refusal is said beside the button.
'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { startReReviewAction } from '@/lib/actions/card-lifecycle';

export function StartReReviewButton({ card }: { card: { id: string; name: string } }) {
  const router = useRouter();
  const [starting, setStarting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function start() {
    setStarting(true);
    setRefusal(null);
    const result = await startReReviewAction(card.id);
    if (result.ok) {
      router.push(`/reviews/${card.name}`);
      return;
    }
    setStarting(false);
    setRefusal(result.message);
  }

  return (
    <>
      <button
        type="button"
        onClick={start}
        disabled={starting}
        className="mt-1.5 inline-block text-xs font-medium text-accent underline underline-offset-2 disabled:cursor-wait disabled:opacity-60"
      >
        {starting ? 'Starting re-review…' : 'Start re-review'}
        <span className="sr-only"> of {card.name}</span>
      </button>
      {refusal ? (
        <span role="alert" className="mt-1 block text-xs text-danger">
          {refusal}
        </span>
      ) : null}
    </>
  );
}
