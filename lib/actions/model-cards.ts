'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getActor } from '@/lib/server/auth/get-actor';
import { requireActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';
import { parseInput } from '@/lib/server/parse-input';
import { archive } from '@/lib/server/model-cards/archive';
import { deleteCard } from '@/lib/server/model-cards/delete-card';
import { runAction } from './action-result';
import type { ActionResult } from './action-result';

/** What happened to one card of a bulk action; the service's message says why it did not. */
export type BulkCardOutcome = { cardId: string; ok: true } | { cardId: string; ok: false; message: string };

// One page of the hub at most.
const ZBulkCardIds = z.object({ cardIds: z.array(z.string().min(1).max(64)).min(1).max(100) });

/** Cards one at a time, each through its service: one card refused does not stop the others. */
async function eachCard(cardIds: string[], apply: (actor: Actor, cardId: string) => Promise<unknown>): Promise<ActionResult<BulkCardOutcome[]>> {
  return runAction(async () => {
    const actor = requireActor(await getActor());
    const ids = [...new Set(parseInput(ZBulkCardIds, { cardIds }).cardIds)];
    const outcomes: BulkCardOutcome[] = [];
    for (const cardId of ids) {
      const result = await runAction(() => apply(actor, cardId));
      outcomes.push(result.ok ? { cardId, ok: true } : { cardId, ok: false, message: result.message });
    }
    revalidatePath('/model-cards');
    return outcomes;
  });
}

export async function archiveCardsAction(cardIds: string[]) {
  return eachCard(cardIds, (actor, cardId) => archive({ actor, cardId }));
}

export async function deleteCardsAction(cardIds: string[]) {
  return eachCard(cardIds, (actor, cardId) => deleteCard({ actor, cardId }));
}
