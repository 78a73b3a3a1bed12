// Rules 1, 3, 4, 6: card names, one version per content change, stale saves refused naming the newer version, one card per model.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestCard, createTestUser, sampleContent, uniqueCardName, uniqueSuffix } from '@/test/factories';
import type { Team } from '@/test/factories';
import { contentHash } from '@/lib/model-cards/canonical-json';
import { MAX_CONTENT_CHARS } from '@/lib/schemas/model-card-content';
import { createCard } from './create-card';
import { saveVersion } from './save-version';
import { getCard } from './get-card';
import { getVersion } from './get-version';
import { listVersions } from './list-versions';
import { diffVersions } from './diff-versions';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

const versionCount = async (cardId: string) =>
  (await database.raw('SELECT count(*)::int AS n FROM "ModelCardVersion" WHERE "cardId" = $1', [cardId])).rows[0].n;

describe('card names (rule 1)', () => {
  it('accepts names matching ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$ up to 63 characters', async () => {
    const suffix = uniqueSuffix();
    const names = [`A${suffix}`, `churn-model-2-${suffix}`, `a--b---c-${suffix}`, `x${suffix}`.padEnd(63, 'z')];
    for (const name of names) {
      const saved = await createCard({ actor: team.author, name, content: sampleContent() });
      expect(saved.card.name).toBe(name);
    }
  });

  it('refuses names that break the pattern or run past 63 characters, naming the field', async () => {
    const refused = ['', '-leading', 'trailing-', 'under_score', 'with space', 'ümlaut', 'x'.repeat(64), 'a' + '--b'.repeat(31)];
    for (const name of refused) {
      await expect(createCard({ actor: team.author, name, content: sampleContent() }), name).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'name' });
    }
  });

  it('refuses a second card with a taken name and leaves the first as it was', async () => {
    const first = await createTestCard({ author: team.author });
    await expect(createCard({ actor: team.coauthor, name: first.card.name, content: sampleContent({ description: 'imposter' }) })).rejects.toMatchObject({
      code: 'CONFLICT',
      path: 'name',
      message: expect.stringContaining(`named ${first.card.name} already exists`),
    });
    expect((await getVersion({ actor: team.auditor, cardId: first.card.id })).content.model_overview?.model_description).toBe('Revision 1');
  });
});

describe('versions (rule 3)', () => {
  it('creating a card creates version 1 in Draft, storing a JSON string exactly as sent', async () => {
    const text = '{ "intended_uses": {"risk_rating":"Medium"},\n  "model_overview": { "model_description": "Spaced  out" } }';
    const saved = await createCard({ actor: team.author, name: uniqueCardName(), content: text });
    expect(saved).toMatchObject({ version: 1, contentHash: contentHash(JSON.parse(text)) });
    expect(saved.card).toMatchObject({ status: 'Draft', latestVersion: 1, riskRating: 'Medium', owner: { id: team.author.id } });
    const version = await getVersion({ actor: team.reviewer, cardId: saved.card.id, version: 1 });
    expect(version.contentText).toBe(text);
    expect(version).toMatchObject({ version: 1, status: 'Draft', isLatest: true, author: { name: 'Ann Author' } });
  });

  it('stores an object as its JSON and hashes it like the same document sent as text', async () => {
    const content = sampleContent({ description: 'Object form' });
    const saved = await createCard({ actor: team.author, name: uniqueCardName(), content });
    const version = await getVersion({ actor: team.author, cardId: saved.card.id });
    expect(JSON.parse(version.contentText)).toEqual(content);
    expect(version.contentHash).toBe(contentHash(content));
  });

  it('each content change creates the next version, with its author, time and hash in the history', async () => {
    const created = await createTestCard({ author: team.author, versions: 2 });
    const third = await saveVersion({ actor: team.coauthor, cardId: created.card.id, baseVersion: 2, content: sampleContent({ description: 'Revision 3' }) });
    expect(third.version).toBe(3);
    expect(third.card).toMatchObject({ latestVersion: 3, updatedBy: { name: 'Cal Coauthor' } });
    const history = await listVersions({ actor: team.auditor, cardId: created.card.id });
    expect(history.items.map((item) => [item.version, item.author.name, item.contentHash])).toEqual([
      [1, 'Ann Author', contentHash(sampleContent({ description: 'Revision 1' }))],
      [2, 'Ann Author', contentHash(sampleContent({ description: 'Revision 2' }))],
      [3, 'Cal Coauthor', contentHash(sampleContent({ description: 'Revision 3' }))],
    ]);
    expect(history.items.every((item) => item.createdAt instanceof Date)).toBe(true);
  });

  it('a save equal to the latest in canonical JSON creates no version and says "no changes"', async () => {
    const created = await createTestCard({ author: team.author });
    const same = sampleContent({ description: 'Revision 1' });
    const reordered = `{"intended_uses": ${JSON.stringify(same.intended_uses)},   "model_overview": {"model_owner": "risk-team", "model_description": "Revision 1"}}`;
    for (const content of [same, reordered]) {
      await expect(saveVersion({ actor: team.author, cardId: created.card.id, baseVersion: 1, content })).rejects.toMatchObject({
        code: 'NO_CHANGES',
        message: expect.stringMatching(/^No changes to save: the content is the same as version 1/),
        details: { latestVersion: 1 },
      });
    }
    expect(await versionCount(created.card.id)).toBe(1);
    expect((await getCard({ actor: team.author, cardId: created.card.id })).latestVersion).toBe(1);
  });

  it('refuses invalid content with the path of the first problem and every issue, saving nothing', async () => {
    const created = await createTestCard({ author: team.author });
    const bad = { model_overview: { model_description: 'ok', colour: 'blue' }, intended_uses: { risk_rating: 'Extreme' } };
    const refusal = saveVersion({ actor: team.author, cardId: created.card.id, baseVersion: 1, content: bad as never });
    await expect(refusal).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'model_overview.colour' });
    await expect(refusal).rejects.toHaveProperty('details.issues', [
      { path: 'model_overview.colour', message: 'unknown key "colour"' },
      { path: 'intended_uses.risk_rating', message: expect.stringContaining('must be one of') },
    ]);
    const tooLong = JSON.stringify({ model_overview: { model_description: 'x'.repeat(MAX_CONTENT_CHARS) } });
    await expect(saveVersion({ actor: team.author, cardId: created.card.id, baseVersion: 1, content: tooLong })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining(`at most ${MAX_CONTENT_CHARS} characters`),
    });
    await expect(saveVersion({ actor: team.author, cardId: created.card.id, baseVersion: 1, content: '{"model_overview": ' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('not valid JSON'),
    });
    expect(await versionCount(created.card.id)).toBe(1);
  });

  it('diffs any two versions field by field', async () => {
    const created = await createTestCard({ author: team.author, versions: 3 });
    const diff = await diffVersions({ actor: team.auditor, cardId: created.card.id, from: 1, to: 3 });
    expect(diff.diff.changes).toEqual([
      { path: 'model_overview.model_description', section: 'model_overview', kind: 'changed', before: 'Revision 1', after: 'Revision 3' },
    ]);
    expect(diff.from).toMatchObject({ version: 1, author: { name: 'Ann Author' } });
    await expect(diffVersions({ actor: team.auditor, cardId: created.card.id, from: 1, to: 9 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      path: 'to',
      message: expect.stringContaining('has no version 9'),
    });
  });
});

describe('stale saves (rule 4)', () => {
  it('refuses a save based on an old version, naming the latest version, its author and time; nothing is overwritten', async () => {
    const created = await createTestCard({ author: team.author });
    const cal = await saveVersion({ actor: team.coauthor, cardId: created.card.id, baseVersion: 1, content: sampleContent({ description: "Cal's edit" }) });
    const stale = saveVersion({ actor: team.author, cardId: created.card.id, baseVersion: 1, content: sampleContent({ description: "Ann's edit" }) });
    await expect(stale).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^Version 2 was saved by Cal Coauthor at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC after the version 1 you started from\./),
      details: { latestVersion: 2, baseVersion: 1 },
    });
    const latest = await getVersion({ actor: team.author, cardId: created.card.id });
    expect(latest).toMatchObject({ version: 2, contentHash: cal.contentHash });
  });

  it('refuses a base version that does not exist yet, naming the field', async () => {
    const created = await createTestCard({ author: team.author });
    await expect(
      saveVersion({ actor: team.author, cardId: created.card.id, baseVersion: 4, content: sampleContent({ description: 'x' }) }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: 'baseVersion',
      details: { latestVersion: 1 },
    });
    await expect(saveVersion({ actor: team.author, cardId: created.card.id, baseVersion: 0, content: sampleContent() })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: 'baseVersion',
    });
  });

  it('refuses a save to a card that does not exist', async () => {
    await expect(saveVersion({ actor: team.author, cardId: 'no-such-card', baseVersion: 1, content: sampleContent() })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('model links (rule 6)', () => {
  it('one card per model: a second card claiming a model_id is refused naming the card that has it', async () => {
    const modelId = `arn:aws:sagemaker:us-east-1:111122223333:model/churn-${uniqueSuffix()}`;
    const holder = await createCard({ actor: team.author, name: uniqueCardName('holder'), content: sampleContent({ modelId }) });
    expect(holder.card.modelId).toBe(modelId);
    const expected = {
      code: 'CONFLICT',
      path: 'model_overview.model_id',
      message: expect.stringContaining(`already has a model card, ${holder.card.name}`),
      details: { cardId: holder.card.id, cardName: holder.card.name },
    };
    await expect(createCard({ actor: team.coauthor, name: uniqueCardName(), content: sampleContent({ modelId }) })).rejects.toMatchObject(expected);

    const other = await createTestCard({ author: team.coauthor });
    await expect(saveVersion({ actor: team.coauthor, cardId: other.card.id, baseVersion: 1, content: sampleContent({ modelId }) })).rejects.toMatchObject(
      expected,
    );
    expect(await versionCount(other.card.id)).toBe(1);

    // The holder keeps its own link through new versions.
    const next = await saveVersion({ actor: team.author, cardId: holder.card.id, baseVersion: 1, content: sampleContent({ modelId, description: 'v2' }) });
    expect(next.card.modelId).toBe(modelId);
  });

  it('a card links to a model or to a model package version, never both', async () => {
    const content = sampleContent({ modelId: `model-${uniqueSuffix()}`, modelPackageArn: 'arn:aws:sagemaker:us-east-1:111122223333:model-package/churn/3' });
    await expect(createCard({ actor: team.author, name: uniqueCardName(), content })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: 'model_package_details.model_package_arn',
      message: expect.stringContaining('not both'),
    });
  });

  it('copies risk rating and links from the latest content onto the card', async () => {
    const arn = `arn:aws:sagemaker:us-east-1:111122223333:model-package/churn/${uniqueSuffix()}`;
    const created = await createTestCard({ author: team.author, risk: 'Low' });
    const saved = await saveVersion({
      actor: team.author,
      cardId: created.card.id,
      baseVersion: 1,
      content: sampleContent({ risk: 'High', modelPackageArn: arn }),
    });
    expect(saved.card).toMatchObject({ riskRating: 'High', modelPackageArn: arn, modelId: null });
  });
});

describe('who may write and read', () => {
  it('authors and admins create and save; reviewers and auditors cannot; nobody unauthenticated', async () => {
    const created = await createTestCard({ author: team.admin });
    for (const actor of [team.reviewer, team.auditor]) {
      await expect(createCard({ actor, name: uniqueCardName(), content: sampleContent() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(saveVersion({ actor, cardId: created.card.id, baseVersion: 1, content: sampleContent({ description: 'x' }) })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    await expect(createCard({ actor: null, name: uniqueCardName(), content: sampleContent() })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(getCard({ actor: null, cardId: created.card.id })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('every signed-in role reads any card by id or name; a user with no role reads nothing', async () => {
    const created = await createTestCard({ author: team.author });
    for (const actor of [team.author, team.coauthor, team.reviewer, team.auditor, team.admin]) {
      expect((await getCard({ actor, name: created.card.name })).id).toBe(created.card.id);
      expect((await getVersion({ actor, cardId: created.card.id, version: 1 })).version).toBe(1);
    }
    const roleless = await createTestUser([]);
    await expect(getCard({ actor: roleless, cardId: created.card.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getCard({ actor: team.auditor, name: 'no-such-card' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no model card named no-such-card.',
    });
    await expect(getVersion({ actor: team.auditor, cardId: created.card.id, version: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND', path: 'version' });
  });
});
