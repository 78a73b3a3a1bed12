// Seeds the hub's e2e server before it starts (PGlite has one owner, so the running server cannot be seeded from a test):
// the admin, one user per role and the cards of seed-cards.ts, all through the real services, in CARDINAL_DATA_DIR.
import { resolveDatabaseMode } from '@/lib/server/db/connection';
import { migrateDatabase } from '@/lib/server/db/migrate';
import { closeDb, getRawQuery } from '@/lib/server/db';
import { createFirstAdmin } from '@/lib/server/users/create-first-admin';
import { createUser } from '@/lib/server/users/create-user';
import { createCard } from '@/lib/server/model-cards/create-card';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { approve } from '@/lib/server/model-cards/approve';
import { archive } from '@/lib/server/model-cards/archive';
import type { Actor } from '@/lib/server/auth/actor';
import type { TModelCardContent } from '@/lib/schemas/model-card-content';
import { ADMIN, HUB_AUDITOR, HUB_AUTHOR, HUB_OTHER_AUTHOR, HUB_REVIEWER, HUB_SECOND_REVIEWER } from './accounts';
import { SEED_CARDS } from './seed-cards';
import type { SeedCard, SeedOwner } from './seed-cards';

const DAY_MS = 86_400_000;

function content(card: SeedCard, revision: number): TModelCardContent {
  const [domain, kind] = card.name.split('-');
  return {
    model_overview: {
      model_description: `A ${kind} for ${domain}. Revision ${revision}.`,
      model_owner: `${domain} team`,
      ...(card.link && 'modelId' in card.link ? { model_id: card.link.modelId } : {}),
    },
    intended_uses: {
      purpose_of_model: `Supports ${domain} decisions.`,
      ...(card.risk === 'Unknown' ? {} : { risk_rating: card.risk }),
    },
    ...(card.link && 'modelPackageArn' in card.link ? { model_package_details: { model_package_arn: card.link.modelPackageArn } } : {}),
  };
}

async function seedCard(card: SeedCard, owners: Record<SeedOwner, Actor>, reviewers: Actor[]): Promise<void> {
  const owner = owners[card.owner];
  let saved = await createCard({ actor: owner, name: card.name, content: content(card, 1) });
  for (let revision = 2; revision <= card.versions; revision++) {
    saved = await saveVersion({ actor: owner, cardId: saved.card.id, baseVersion: saved.version, content: content(card, revision) });
  }
  const cardId = saved.card.id;
  if (card.status === 'Draft') return;
  await submitForReview({ actor: owner, cardId });
  if (card.status === 'Approved' || card.status === 'Archived') {
    // High risk needs two distinct reviewers; the reviewers never author, so separation of duties holds.
    for (const reviewer of reviewers.slice(0, card.risk === 'High' ? 2 : 1)) await approve({ actor: reviewer, cardId, version: saved.version });
  }
  if (card.status === 'Archived') await archive({ actor: owner, cardId });
}

async function main() {
  const mode = resolveDatabaseMode();
  if (mode.kind !== 'embedded') throw new Error('The e2e seed writes an embedded database; unset DATABASE_URL.');
  await migrateDatabase(mode);
  const admin = await createFirstAdmin({ name: ADMIN.name, email: ADMIN.email, password: ADMIN.password });
  const people: Record<string, Actor> = {};
  for (const person of [HUB_AUTHOR, HUB_OTHER_AUTHOR, HUB_REVIEWER, HUB_SECOND_REVIEWER, HUB_AUDITOR]) {
    people[person.email] = await createUser({ actor: admin, name: person.name, email: person.email, password: person.password, roles: [...person.roles] });
  }
  const owners: Record<SeedOwner, Actor> = { admin, author: people[HUB_AUTHOR.email], otherAuthor: people[HUB_OTHER_AUTHOR.email] };
  const reviewers = [people[HUB_REVIEWER.email], people[HUB_SECOND_REVIEWER.email]];
  for (const card of SEED_CARDS) await seedCard(card, owners, reviewers);

  // The catalogue's history spread over three months, so sorting by creation and by last change differ and dates read like a real registry's.
  const now = Date.now();
  const raw = getRawQuery();
  for (const card of SEED_CARDS) {
    if (!card.ageDays) continue;
    const created = new Date(now - card.ageDays.created * DAY_MS - 3_600_000);
    const modified = new Date(now - card.ageDays.modified * DAY_MS - 1_800_000);
    await raw('UPDATE "ModelCard" SET "createdAt" = $1, "updatedAt" = $2 WHERE "name" = $3', [created.toISOString(), modified.toISOString(), card.name]);
  }
  await closeDb();
  console.log(`Seeded ${SEED_CARDS.length} model cards and ${Object.keys(people).length + 1} users in ${mode.dataDir}.`);
}

main().catch(async (error) => {
  console.error('Seeding the hub e2e database failed:', error);
  await closeDb().catch(() => {});
  process.exit(1);
});
