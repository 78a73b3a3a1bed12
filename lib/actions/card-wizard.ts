'use server';

// The wizard's saves and look-ups: each authenticates, calls one service and returns a small result; the services hold every rule.
import { revalidatePath } from 'next/cache';
import { getActor } from '@/lib/server/auth/get-actor';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { createCard } from '@/lib/server/model-cards/create-card';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { getVersion } from '@/lib/server/model-cards/get-version';
import { isCardNameAvailable } from '@/lib/server/model-cards/is-card-name-available';
import { runAction } from './action-result';

export async function checkCardNameAction(name: string) {
  return runAction(async () => isCardNameAvailable({ actor: await getActor(), name: String(name) }));
}

/** Content arrives as the browser built it; createCard validates it like any other entry point's. */
export async function createCardAction(input: { name: string; content: unknown; clonedFrom?: { name: string; version: number } }) {
  return runAction(async () => {
    const saved = await createCard({
      actor: await getActor(),
      name: input.name,
      content: input.content as TModelCardContent,
      clonedFrom: input.clonedFrom,
    });
    revalidatePath('/model-cards');
    return { name: saved.card.name, version: saved.version };
  });
}

export async function saveCardVersionAction(input: { cardId: string; baseVersion: number; content: unknown }) {
  return runAction(async () => {
    const saved = await saveVersion({
      actor: await getActor(),
      cardId: input.cardId,
      baseVersion: input.baseVersion,
      content: input.content as TModelCardContent,
    });
    revalidatePath('/model-cards');
    revalidatePath(`/model-cards/${saved.card.name}`);
    return { name: saved.card.name, version: saved.version };
  });
}

export type ConflictVersions = {
  base: { version: number; content: TModelCardContent };
  latest: { version: number; content: TModelCardContent; savedBy: string; savedAt: string };
};

/** What the save that won contains, next to the version the author started from, for the conflict screen. */
export async function loadConflictAction(input: { cardId: string; baseVersion: number }) {
  return runAction(async (): Promise<ConflictVersions> => {
    const actor = await getActor();
    const latest = await getVersion({ actor, cardId: input.cardId });
    const base = await getVersion({ actor, cardId: input.cardId, version: input.baseVersion });
    return {
      base: { version: base.version, content: base.content },
      latest: { version: latest.version, content: latest.content, savedBy: latest.author.name, savedAt: latest.createdAt.toISOString() },
    };
  });
}
