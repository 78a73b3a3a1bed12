// Whether a name can be given to a new card, for the wizard's as-you-type check: the name rule and the uniqueness are the ones createCard applies.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import { isAppError } from '@/lib/server/errors';
import { parseCardName, requireCardAuthor } from './card-rules';

export type CardNameAvailability = { available: true } | { available: false; message: string };

export async function isCardNameAvailable({ actor, name }: { actor: Actor | null; name: string }): Promise<CardNameAvailability> {
  requireCardAuthor(actor, 'create model cards');
  let cardName: string;
  try {
    cardName = parseCardName(name);
  } catch (error) {
    if (isAppError(error)) return { available: false, message: error.message.replace(/^name: /, '') };
    throw error;
  }
  const taken = await getDb().modelCard.findUnique({ where: { name: cardName }, select: { id: true } });
  return taken
    ? { available: false, message: `A model card named ${cardName} already exists. Card names are unique; choose another name.` }
    : { available: true };
}
