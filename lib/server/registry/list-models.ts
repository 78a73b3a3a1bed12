// Models, filtered by name and creation window, sorted by name or creation time, in keyset pages.
import 'server-only';
import { getDb } from '@/lib/server/db';
import type { Actor } from '@/lib/server/auth/actor';
import type { Prisma } from '@/lib/server/generated/prisma/client';
import { arnContext, requireRegistryReader } from './registry-rules';
import { afterCursor, createdWindow, nextCursor, orderBy, parseListOptions } from './registry-list';
import type { RegistryListOptions } from './registry-list';
import { MODEL_SELECT } from './registry-dto';
import type { RegisteredModelDto, RegistryPage } from './registry-dto';
import { toModelDto } from './registry-mappers';

const COLUMNS = { name: 'name', createdAt: 'createdAt' };

export async function listModels({ actor, ...options }: { actor: Actor | null } & RegistryListOptions): Promise<RegistryPage<RegisteredModelDto>> {
  requireRegistryReader(actor);
  const parsed = parseListOptions('models', options);
  const context = arnContext();
  const where: Prisma.RegisteredModelWhereInput = {
    AND: [
      options.nameContains ? { name: { contains: options.nameContains, mode: 'insensitive' } } : {},
      createdWindow('createdAt', options),
      afterCursor(parsed, COLUMNS) ?? {},
    ],
  };
  const rows = await getDb().registeredModel.findMany({ where, orderBy: orderBy(parsed, COLUMNS), take: parsed.size + 1, select: MODEL_SELECT });
  const page = nextCursor(parsed, rows, (row) => (parsed.sortBy === 'name' ? [row.name] : [row.createdAt.toISOString(), row.id]));
  return { items: page.items.map((row) => toModelDto(context, row)), nextCursor: page.nextCursor };
}
