// The people who own at least one model card, for the hub's owner filter; any signed-in user sees the names the hub already shows.
import 'server-only';
import { getDb } from '@/lib/server/db';
import { requireActor } from '@/lib/server/auth/actor';
import type { Actor } from '@/lib/server/auth/actor';

export type CardOwnerDto = { id: string; name: string };

export async function listCardOwners({ actor }: { actor: Actor | null }): Promise<CardOwnerDto[]> {
  requireActor(actor);
  return getDb().user.findMany({
    where: { ownedCards: { some: {} } },
    select: { id: true, name: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}
