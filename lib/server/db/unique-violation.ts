// Whether a write failed on a unique index (Prisma's P2002), for services that turn that into a message naming what was taken.
import 'server-only';
import { Prisma } from '@/lib/server/generated/prisma/client';

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
