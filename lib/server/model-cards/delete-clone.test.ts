// Rules 7 and 8: a clone starts a new card from the latest content without the source's model link; a deleted card leaves every read and only the audit trail remembers it.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestCard, sampleContent, uniqueCardName, uniqueSuffix } from '@/test/factories';
import type { Team } from '@/test/factories';
import type { Actor } from '@/lib/server/auth/actor';
import { createCard } from './create-card';
import { saveVersion } from './save-version';
import { submitForReview } from './submit-for-review';
import { approve } from './approve';
import { requestChanges } from './request-changes';
import { getCloneSource } from './get-clone-source';
import { deleteCard } from './delete-card';
import { getCard } from './get-card';
import { getVersion } from './get-version';
import { listVersions } from './list-versions';
import { listCards } from './list-cards';
import { countCards } from './count-cards';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

describe('clone (rule 7)', () => {
  /** The wizard's one clone path: the source as getCloneSource gives it, saved unedited by createCard with clonedFrom. */
  async function cloneAsTheWizardDoes({ actor, name, sourceName }: { actor: Actor; name: string; sourceName: string }) {
    const source = await getCloneSource({ actor, name: sourceName });
    const saved = await createCard({ actor, name, content: source.content, clonedFrom: { name: source.name, version: source.version } });
    return { ...saved, source };
  }

  it('copies the latest content into a new Draft card at version 1 that records its source', async () => {
    const source = await createTestCard({ author: team.author, versions: 3 });
    await submitForReview({ actor: team.author, cardId: source.card.id });
    const text = (await getVersion({ actor: team.author, cardId: source.card.id })).contentText;

    const clone = await cloneAsTheWizardDoes({ actor: team.coauthor, name: uniqueCardName('clone'), sourceName: source.card.name });
    expect(clone).toMatchObject({ version: 1, contentHash: source.contentHash, source: { droppedModelId: null, name: source.card.name, version: 3 } });
    expect(clone.card).toMatchObject({
      status: 'Draft',
      latestVersion: 1,
      owner: { id: team.coauthor.id },
      clonedFromName: source.card.name,
      clonedFromVersion: 3,
    });
    expect((await getVersion({ actor: team.coauthor, cardId: clone.card.id })).contentText).toBe(text);
    expect((await getCard({ actor: team.author, cardId: source.card.id })).status).toBe('PendingReview');
  });

  it('leaves out model_overview.model_id, because each model has one card, and says which', async () => {
    const modelId = `arn:aws:sagemaker:us-east-1:111122223333:model/fraud-${uniqueSuffix()}`;
    const source = await createCard({ actor: team.author, name: uniqueCardName('linked'), content: sampleContent({ modelId }) });
    const clone = await cloneAsTheWizardDoes({ actor: team.author, name: uniqueCardName('clone'), sourceName: source.card.name });
    expect(clone.source.droppedModelId).toBe(modelId);
    expect(clone.card.modelId).toBeNull();
    const content = (await getVersion({ actor: team.author, cardId: clone.card.id })).content;
    expect(content.model_overview).toEqual({ model_description: sampleContent().model_overview!.model_description, model_owner: 'risk-team' });
    expect((await getCard({ actor: team.author, cardId: source.card.id })).modelId).toBe(modelId);
  });

  it('needs an author, a valid free name and an existing source', async () => {
    const source = await createTestCard({ author: team.author });
    await expect(getCloneSource({ actor: team.reviewer, name: source.card.name })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(cloneAsTheWizardDoes({ actor: team.author, name: 'bad_name', sourceName: source.card.name })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: 'name',
    });
    await expect(cloneAsTheWizardDoes({ actor: team.author, name: source.card.name, sourceName: source.card.name })).rejects.toMatchObject({
      code: 'CONFLICT',
      path: 'name',
    });
    await expect(getCloneSource({ actor: team.author, name: 'no-such-card-to-clone' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('delete (rule 8)', () => {
  it('removes the card from every read; the audit trail keeps name, actor, time and every version number and hash', async () => {
    const created = await createTestCard({ author: team.author, versions: 3 });
    const cardId = created.card.id;
    await submitForReview({ actor: team.author, cardId });
    await requestChanges({ actor: team.reviewer, cardId, version: 3, comment: 'Needs work' });
    const hashes = (await listVersions({ actor: team.admin, cardId })).items.map((item) => ({ version: item.version, contentHash: item.contentHash }));

    expect(await deleteCard({ actor: team.admin, cardId })).toEqual({ id: cardId, name: created.card.name, versions: 3 });

    const gone = { code: 'NOT_FOUND' };
    await expect(getCard({ actor: team.admin, cardId })).rejects.toMatchObject(gone);
    await expect(getCard({ actor: team.admin, name: created.card.name })).rejects.toMatchObject(gone);
    await expect(getVersion({ actor: team.admin, cardId, version: 1 })).rejects.toMatchObject(gone);
    await expect(listVersions({ actor: team.admin, cardId })).rejects.toMatchObject(gone);
    expect((await listCards({ actor: team.admin, filters: { nameContains: created.card.name } })).items).toEqual([]);
    expect((await countCards({ actor: team.admin, filters: { nameContains: created.card.name } })).total).toBe(0);
    for (const table of ['ModelCardVersion', 'Review', 'CardStatusChange']) {
      expect((await database.raw(`SELECT count(*)::int AS n FROM "${table}" WHERE "cardId" = $1`, [cardId])).rows[0].n, table).toBe(0);
    }

    const event = await database.db.auditEvent.findFirstOrThrow({ where: { action: 'card.deleted', targetId: cardId } });
    expect(event).toMatchObject({ actorId: team.admin.id, actorEmail: team.admin.email, targetName: created.card.name, cardVersion: 3 });
    expect(event.at).toBeInstanceOf(Date);
    expect(JSON.parse(event.details)).toMatchObject({ name: created.card.name, versions: hashes });
    await expect(deleteCard({ actor: team.admin, cardId })).rejects.toMatchObject(gone);
  });

  it('frees the name and the model for a new card', async () => {
    const modelId = `model-${uniqueSuffix()}`;
    const first = await createCard({ actor: team.author, name: uniqueCardName(), content: sampleContent({ modelId }) });
    await deleteCard({ actor: team.admin, cardId: first.card.id });
    const again = await createCard({ actor: team.author, name: first.card.name, content: sampleContent({ modelId }) });
    expect(again.card).toMatchObject({ name: first.card.name, modelId, latestVersion: 1 });
  });

  it('an owner deletes their own Draft that was never approved; once approved only an admin can', async () => {
    const draft = await createTestCard({ author: team.author, versions: 2 });
    await expect(deleteCard({ actor: team.coauthor, cardId: draft.card.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deleteCard({ actor: team.auditor, cardId: draft.card.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await deleteCard({ actor: team.author, cardId: draft.card.id })).versions).toBe(2);

    const pending = await createTestCard({ author: team.author });
    await submitForReview({ actor: team.author, cardId: pending.card.id });
    await expect(deleteCard({ actor: team.author, cardId: pending.card.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const approvedOnce = await createTestCard({ author: team.author });
    await submitForReview({ actor: team.author, cardId: approvedOnce.card.id });
    await approve({ actor: team.reviewer, cardId: approvedOnce.card.id, version: 1 });
    await saveVersion({ actor: team.author, cardId: approvedOnce.card.id, baseVersion: 1, content: sampleContent({ description: 'back to Draft' }) });
    await expect(deleteCard({ actor: team.author, cardId: approvedOnce.card.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: `${approvedOnce.card.name} was approved before, so only an admin can delete it.`,
    });
    expect((await deleteCard({ actor: team.admin, cardId: approvedOnce.card.id })).versions).toBe(2);
    await expect(deleteCard({ actor: null, cardId: pending.card.id })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
