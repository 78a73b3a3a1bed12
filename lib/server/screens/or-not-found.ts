// A screen whose card or version does not exist (a typo, a deleted card) or whose address cannot name one (a malformed name or version) is Next's 404, not an error page: the pages' read services throw NOT_FOUND or INVALID_INPUT and this turns it into notFound().
import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/server/errors';

export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isAppError(error) && (error.code === 'NOT_FOUND' || error.code === 'INVALID_INPUT')) notFound();
    throw error;
  }
}
