// Server actions answer with a small result; a service's AppError becomes a message for the form, anything else a logged id.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { isAppError } from '@/lib/server/errors';
import type { AppErrorCode } from '@/lib/server/errors';

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; code: AppErrorCode | 'INTERNAL'; message: string; path?: string };

export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, message: error.message, path: error.path };
    const id = randomUUID().slice(0, 8);
    console.error(`[error ${id}]`, error);
    return { ok: false, code: 'INTERNAL', message: `Something went wrong on the server (error id ${id}). Try again, or give this id to your administrator.` };
  }
}
