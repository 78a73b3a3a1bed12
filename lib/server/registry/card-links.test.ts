// What a card documents: one model or one package version, never both, each with at most one card (refused naming the card); the embedded package card round-trips its content byte for byte and changes through the card services.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, sampleContent, uniqueCardName } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createTestGroup, createTestModel, registerTestPackage } from '@/test/registry-factories';
import { createCard } from '@/lib/server/model-cards/create-card';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { getCard } from '@/lib/server/model-cards/get-card';
import { getVersion } from '@/lib/server/model-cards/get-version';
import { getCloneSource } from '@/lib/server/model-cards/get-clone-source';
import { listVersions } from '@/lib/server/model-cards/list-versions';
import { getModelPackage } from './get-model-package';
import { updateModelPackage } from './update-model-package';
import { registerModelPackage } from './register-model-package';
import { getModel } from './get-model';
import { createModelPackageGroup } from './create-model-package-group';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

// Odd spacing and key order on purpose: the package card must come back exactly as sent, not re-serialised.
const PACKAGE_CARD = `{"intended_uses": {"risk_rating": "Low",   "purpose_of_model": "Churn"},
 "model_overview": {"model_creator": "risk-team", "model_artifact": ["s3://b/model.tar.gz"]},
 "business_details": {"business_problem": "Customers leave"}}`;

describe('one card per model and per package version', () => {
  it('a second card for the same package version is refused naming the first, on create and on save', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const first = await createCard({ actor: team.author, name: uniqueCardName('first'), content: sampleContent({ modelPackageArn: pkg.arn }) });
    await expect(
      createCard({ actor: team.coauthor, name: uniqueCardName('second'), content: sampleContent({ modelPackageArn: pkg.arn }) }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      path: 'model_package_details.model_package_arn',
      message: expect.stringContaining(`already has a model card, ${first.card.name}`),
      details: { cardName: first.card.name },
    });
    const other = await createCard({ actor: team.coauthor, name: uniqueCardName('other'), content: sampleContent() });
    await expect(
      saveVersion({ actor: team.coauthor, cardId: other.card.id, baseVersion: 1, content: sampleContent({ modelPackageArn: pkg.arn }) }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { cardName: first.card.name } });
    expect((await getModelPackage({ actor: team.auditor, arn: pkg.arn })).card?.name).toBe(first.card.name);
  });

  it('two cards racing for one package version: one wins, the other is told who has it', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const results = await Promise.allSettled(
      [uniqueCardName('a'), uniqueCardName('b')].map((name) => createCard({ actor: team.author, name, content: sampleContent({ modelPackageArn: pkg.arn }) })),
    );
    const winner = results.find((result) => result.status === 'fulfilled');
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({
      reason: { code: 'CONFLICT', details: { cardName: winner!.value.card.name } },
    });
  });

  it('a model has one card (model_overview.model_id = its ARN), and getModel names it', async () => {
    const model = await createTestModel(team.author);
    const first = await createCard({ actor: team.author, name: uniqueCardName('m'), content: sampleContent({ modelId: model.arn }) });
    await expect(createCard({ actor: team.author, name: uniqueCardName('m2'), content: sampleContent({ modelId: model.arn }) })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { cardName: first.card.name },
    });
    expect((await getModel({ actor: team.auditor, name: model.name.toUpperCase() })).card?.name).toBe(first.card.name);
  });

  it('a card cannot document a model and a package version at once', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const model = await createTestModel(team.author);
    await expect(
      createCard({ actor: team.author, name: uniqueCardName(), content: sampleContent({ modelId: model.arn, modelPackageArn: pkg.arn }) }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'model_package_details.model_package_arn' });
  });

  it('a clone leaves the package link with its source', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const source = await createCard({ actor: team.author, name: uniqueCardName('src'), content: sampleContent({ modelPackageArn: pkg.arn }) });
    const cloneSource = await getCloneSource({ actor: team.author, name: source.card.name });
    expect(cloneSource.droppedModelPackageArn).toBe(pkg.arn);
    expect(cloneSource.content.model_package_details?.model_package_arn).toBeUndefined();
    const clone = await createCard({
      actor: team.author,
      name: uniqueCardName('clone'),
      content: cloneSource.content,
      clonedFrom: { name: source.card.name, version: 1 },
    });
    expect(clone.card.modelPackageArn).toBeNull();
    expect((await getModelPackage({ actor: team.auditor, arn: pkg.arn })).card?.name).toBe(source.card.name);
  });
});

describe('the embedded package card', () => {
  it('CreateModelPackage.ModelCard creates an ordinary card named <group>-<version>, linked to the package, content back byte for byte', async () => {
    const group = await createTestGroup(team.author);
    await registerTestPackage(team.author, group.name);
    const pkg = await registerTestPackage(team.author, group.name, { modelCard: { content: PACKAGE_CARD, status: 'Draft' } });
    expect(pkg.version).toBe(2);
    expect(pkg.card).toMatchObject({ name: `${group.name}-2`, status: 'Draft', latestVersion: 1, packageCard: true });
    expect(pkg.modelCard).toEqual({ content: PACKAGE_CARD, status: 'Draft' });

    const card = await getCard({ actor: team.auditor, name: `${group.name}-2` });
    expect(card).toMatchObject({ modelPackageArn: pkg.arn, riskRating: 'Low', owner: { id: team.author.id } });
    expect((await getVersion({ actor: team.auditor, cardId: card.id, version: 1 })).contentText).toBe(PACKAGE_CARD);
  });

  it('is created PendingReview when asked, and never Approved', async () => {
    const group = await createTestGroup(team.author);
    const pending = await registerTestPackage(team.author, group.name, { modelCard: { content: PACKAGE_CARD, status: 'PendingReview' } });
    expect(pending.modelCard?.status).toBe('PendingReview');
    await expect(registerTestPackage(team.author, group.name, { modelCard: { content: PACKAGE_CARD, status: 'Approved' } })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      path: 'ModelCard.ModelCardStatus',
    });
    // Refused before anything was written: the next version is 2, not 3.
    expect((await registerTestPackage(team.author, group.name)).version).toBe(2);
  });

  it('package-card content naming a package or a model is refused, and nothing is registered', async () => {
    const group = await createTestGroup(team.author);
    await expect(
      registerTestPackage(team.author, group.name, { modelCard: { content: JSON.stringify(sampleContent({ modelPackageArn: 'arn:x' })), status: 'Draft' } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'ModelCard.ModelCardContent' });
    await expect(
      registerTestPackage(team.author, group.name, { modelCard: { content: '{"model_overview": {"bogus": 1}}', status: 'Draft' } }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('model_overview.bogus'),
    });
    expect((await registerTestPackage(team.author, group.name)).version).toBe(1);
  });

  it('the card name is shortened to 63 characters, and gets a suffix when <group>-<version> is taken', async () => {
    const longName = `g${'x'.repeat(61)}a`;
    await createModelPackageGroup({ actor: team.author, name: longName });
    const long = await registerModelPackage({ actor: team.author, groupName: longName, modelCard: { content: PACKAGE_CARD } });
    expect(long.card!.name).toBe(`${longName.slice(0, 63 - `-${long.version}`.length)}-${long.version}`);
    expect(long.card!.name).toHaveLength(63);

    const group = await createTestGroup(team.author);
    await createCard({ actor: team.author, name: `${group.name}-1`, content: sampleContent() });
    const taken = await registerTestPackage(team.author, group.name, { modelCard: { content: PACKAGE_CARD, status: 'Draft' } });
    expect(taken.card!.name).toMatch(new RegExp(`^${group.name}-1-[0-9a-f]{6}$`));
  });

  it('UpdateModelPackage.ModelCard content saves a new version (exact bytes back, link kept); equal content saves nothing; status goes through review', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name, { modelCard: { content: PACKAGE_CARD, status: 'Draft' } });
    const edited = PACKAGE_CARD.replace('Customers leave', 'Customers  leave early');
    const updated = await updateModelPackage({ actor: team.author, arn: pkg.arn, modelCard: { content: edited } });
    expect(updated.modelCard).toEqual({ content: edited, status: 'Draft' });
    expect(updated.card).toMatchObject({ latestVersion: 2, packageCard: true });

    // The same document with other whitespace is the same content: no version 3.
    await updateModelPackage({ actor: team.author, arn: pkg.arn, modelCard: { content: JSON.stringify(JSON.parse(edited)) } });
    expect((await getModelPackage({ actor: team.auditor, arn: pkg.arn })).card?.latestVersion).toBe(2);

    await expect(updateModelPackage({ actor: team.author, arn: pkg.arn, modelCard: { content: edited, status: 'PendingReview' } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: 'ModelCard',
    });
    await updateModelPackage({ actor: team.author, arn: pkg.arn, modelCard: { status: 'PendingReview' } });
    // The author of version 2 cannot approve it (separation of duties); a reviewer can, through the same call.
    await expect(updateModelPackage({ actor: team.author, arn: pkg.arn, modelCard: { status: 'Approved' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const approved = await updateModelPackage({ actor: team.reviewer, arn: pkg.arn, modelCard: { status: 'Approved' } });
    expect(approved.modelCard).toEqual({ content: edited, status: 'Approved' });
    expect(approved.approvalStatus).toBe('PendingManualApproval');
  });

  it('a console save of the embedded card (content object, no model_package_details) keeps the package link', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name, { modelCard: { content: PACKAGE_CARD, status: 'Draft' } });
    const saved = await saveVersion({ actor: team.coauthor, cardId: pkg.card!.id, baseVersion: 1, content: { intended_uses: { risk_rating: 'Medium' } } });
    expect(saved.card.modelPackageArn).toBe(pkg.arn);
    const after = await getModelPackage({ actor: team.auditor, arn: pkg.arn });
    expect(after.card).toMatchObject({ id: pkg.card!.id, latestVersion: 2 });
    expect(JSON.parse(after.modelCard!.content)).toEqual({ intended_uses: { risk_rating: 'Medium' } });
    // The embedded card cannot be pointed at a model instead.
    const model = await createTestModel(team.author);
    await expect(
      saveVersion({ actor: team.coauthor, cardId: pkg.card!.id, baseVersion: 2, content: sampleContent({ modelId: model.arn }) }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'model_overview.model_id' });
    expect((await listVersions({ actor: team.auditor, cardId: pkg.card!.id })).items).toHaveLength(2);
  });

  it('UpdateModelPackage.ModelCard creates the card when the package has none; a standalone card is changed with UpdateModelCard instead', async () => {
    const group = await createTestGroup(team.author);
    const bare = await registerTestPackage(team.author, group.name);
    await expect(updateModelPackage({ actor: team.author, arn: bare.arn, modelCard: { status: 'Draft' } })).rejects.toMatchObject({
      path: 'ModelCard.ModelCardContent',
    });
    const created = await updateModelPackage({ actor: team.author, arn: bare.arn, modelCard: { content: PACKAGE_CARD } });
    expect(created.card).toMatchObject({ name: `${group.name}-1`, packageCard: true });

    const linked = await registerTestPackage(team.author, group.name);
    const standalone = await createCard({ actor: team.author, name: uniqueCardName('standalone'), content: sampleContent({ modelPackageArn: linked.arn }) });
    await expect(updateModelPackage({ actor: team.author, arn: linked.arn, modelCard: { content: PACKAGE_CARD } })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { cardName: standalone.card.name },
    });
    // Its package-card view is its content without model_package_details.
    const view = (await getModelPackage({ actor: team.auditor, arn: linked.arn })).modelCard!;
    expect(JSON.parse(view.content)).toEqual({ model_overview: sampleContent().model_overview, intended_uses: sampleContent().intended_uses });
  });

  it('the database refuses to relink an embedded card', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name, { modelCard: { content: PACKAGE_CARD, status: 'Draft' } });
    const { getDb } = await import('@/lib/server/db');
    await expect(getDb().modelCard.update({ where: { id: pkg.card!.id }, data: { modelPackageArn: null } })).rejects.toThrow(/embedded card/);
  });
});

describe('what a card documents', () => {
  it('names the package version with its approval, the registered model, an unregistered model id, or nothing', async () => {
    const { getCardSubject } = await import('./get-card-subject');
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name, { modelCard: { content: PACKAGE_CARD, status: 'Draft' } });
    expect(await getCardSubject({ actor: team.auditor, cardId: pkg.card!.id })).toEqual({
      kind: 'package',
      arn: pkg.arn,
      embedded: true,
      package: { groupName: group.name, version: 1, approvalStatus: 'PendingManualApproval', cardChangedSinceApproval: false },
    });
    const model = await createTestModel(team.author);
    const modelCard = await createCard({ actor: team.author, name: uniqueCardName(), content: sampleContent({ modelId: model.arn }) });
    expect(await getCardSubject({ actor: team.auditor, cardId: modelCard.card.id })).toEqual({
      kind: 'model',
      modelId: model.arn,
      model: { name: model.name, arn: model.arn },
    });
    const elsewhere = await createCard({ actor: team.author, name: uniqueCardName(), content: sampleContent({ modelId: 'churn-xgb-local' }) });
    expect(await getCardSubject({ actor: team.auditor, cardId: elsewhere.card.id })).toEqual({ kind: 'model', modelId: 'churn-xgb-local', model: null });
    const plain = await createCard({ actor: team.author, name: uniqueCardName(), content: sampleContent() });
    expect(await getCardSubject({ actor: team.auditor, cardId: plain.card.id })).toBeNull();
  });
});
