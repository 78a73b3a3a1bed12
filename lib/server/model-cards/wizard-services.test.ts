// The two service pieces the wizard needs: a name check as you type, and a create that records the card it was cloned from.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestCard, sampleContent, uniqueCardName } from '@/test/factories';
import type { Team } from '@/test/factories';
import { getDb } from '@/lib/server/db';
import { createCard } from './create-card';
import { isCardNameAvailable } from './is-card-name-available';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

describe('isCardNameAvailable', () => {
  it('says whether a valid name is free, and why an invalid or taken one is not', async () => {
    const existing = await createTestCard({ author: team.author });
    expect(await isCardNameAvailable({ actor: team.author, name: uniqueCardName('free') })).toEqual({ available: true });
    expect(await isCardNameAvailable({ actor: team.author, name: existing.card.name })).toEqual({
      available: false,
      message: `A model card named ${existing.card.name} already exists. Card names are unique; choose another name.`,
    });
    const invalid = await isCardNameAvailable({ actor: team.author, name: 'bad_name' });
    expect(invalid).toMatchObject({ available: false, message: expect.stringContaining('not a valid model card name') });
    expect(await isCardNameAvailable({ actor: team.author, name: '' })).toEqual({ available: false, message: 'enter a name for the model card' });
  });

  it('answers authors and admins only', async () => {
    await expect(isCardNameAvailable({ actor: team.reviewer, name: 'anything' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(isCardNameAvailable({ actor: team.auditor, name: 'anything' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await isCardNameAvailable({ actor: team.admin, name: uniqueCardName() })).toEqual({ available: true });
  });
});

describe('createCard with clonedFrom', () => {
  it('records the source card and version, and an audit event saying it was cloned', async () => {
    const source = await createTestCard({ author: team.author, versions: 2 });
    const created = await createCard({
      actor: team.coauthor,
      name: uniqueCardName('copy'),
      content: sampleContent(),
      clonedFrom: { name: source.card.name, version: 2 },
    });
    expect(created.card).toMatchObject({ latestVersion: 1, status: 'Draft', clonedFromName: source.card.name, clonedFromVersion: 2 });
    const event = await getDb().auditEvent.findFirst({ where: { action: 'card.cloned', targetId: created.card.id } });
    expect(JSON.parse(event!.details)).toMatchObject({ clonedFromName: source.card.name, clonedFromVersion: 2 });
  });

  it('refuses a source that does not exist at that version, and creates nothing', async () => {
    const source = await createTestCard({ author: team.author });
    const name = uniqueCardName('orphan');
    await expect(createCard({ actor: team.author, name, content: sampleContent(), clonedFrom: { name: source.card.name, version: 5 } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      path: 'clonedFrom',
    });
    await expect(
      createCard({ actor: team.author, name, content: sampleContent(), clonedFrom: { name: 'no-such-card-anywhere', version: 1 } }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await getDb().modelCard.findUnique({ where: { name } })).toBeNull();
  });

  it('without clonedFrom records no source', async () => {
    const created = await createCard({ actor: team.author, name: uniqueCardName(), content: sampleContent() });
    expect(created.card).toMatchObject({ clonedFromName: null, clonedFromVersion: null });
  });
});
