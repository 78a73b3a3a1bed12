// A screen whose card or version does not exist (a typo, a deleted card) is Next's 404, not an error page: the pages' read services throw NOT_FOUND and this turns it into notFound().
import 'server-only';
import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/server/errors';

export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}
