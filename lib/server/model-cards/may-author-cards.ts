// Whether a page should offer card writing to this user: the same check createCard and saveVersion make, asked without throwing.
import 'server-only';
import type { Actor } from '@/lib/server/auth/actor';
import { isAppError } from '@/lib/server/errors';
import { requireCardAuthor } from './card-rules';

export function mayAuthorCards(actor: Actor | null): boolean {
  try {
    requireCardAuthor(actor, 'write model cards');
    return true;
  } catch (error) {
    if (isAppError(error)) return false;
    throw error;
  }
}
