// The benchmarks' users, written straight into the database: a benchmark measures the services, not sign-up.
import type { OpenDatabase } from '../../lib/server/db/connection';
import type { Actor } from '../../lib/server/auth/actor';

export async function createUser(database: OpenDatabase, id: string, roles: string[]): Promise<Actor> {
  const email = `${id}@bench.example`;
  await database.rawQuery(`INSERT INTO "User" ("id", "email", "name", "roles", "updatedAt") VALUES ($1, $2, $3, $4::"Role"[], now())`, [
    id,
    email,
    id,
    `{${roles.join(',')}}`,
  ]);
  return { id, email, name: id, roles: roles as Actor['roles'] };
}
