// The outbox: each state change writes exactly its events in its own transaction, a rolled-back change writes none, and each stream's events are numbered 1..N under concurrency.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestCard, sampleContent, uniqueCardName } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createApprovedCard, createTestGroup, createTestModel, registerTestPackage } from '@/test/registry-factories';
import { createCard } from '@/lib/server/model-cards/create-card';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { submitForReview } from '@/lib/server/model-cards/submit-for-review';
import { approve } from '@/lib/server/model-cards/approve';
import { requestChanges } from '@/lib/server/model-cards/request-changes';
import { archive } from '@/lib/server/model-cards/archive';
import { deleteCard } from '@/lib/server/model-cards/delete-card';
import { createExportJob } from '@/lib/server/exports/create-export-job';
import { claimNextExportJob } from '@/lib/server/exports/claim-next-export-job';
import { finishExportJob } from '@/lib/server/exports/finish-export-job';
import { updateModelPackage } from '@/lib/server/registry/update-model-package';
import { deleteModel } from '@/lib/server/registry/delete-model';
import { recordEvent } from './record-event';
import type { TEventEnvelope } from './record-event';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

const CARD_ARN = (name: string) => `arn:aws:sagemaker:us-east-1:000000000000:model-card/${name}`;

type StoredEvent = {
  id: string;
  stream: string;
  sequence: number;
  type: string;
  source: string;
  detailType: string;
  resources: string[];
  envelope: TEventEnvelope;
};

async function eventsOf(stream: string): Promise<StoredEvent[]> {
  const rows = await database.db.event.findMany({ where: { stream }, orderBy: { sequence: 'asc' } });
  return rows.map(({ body, id, stream: s, sequence, type, source, detailType, resources }) => ({
    id,
    stream: s,
    sequence,
    type,
    source,
    detailType,
    resources,
    envelope: JSON.parse(body),
  }));
}

const eventCount = async () => database.db.event.count();

describe('card changes', () => {
  it('write one SageMaker Model Card State Change per change, numbered 1..N on the card, with the envelope and detail SageMaker sends', async () => {
    const saved = await createTestCard({ author: team.author, versions: 2 });
    const cardId = saved.card.id;
    await submitForReview({ actor: team.author, cardId });
    await approve({ actor: team.reviewer, cardId, version: 2, comment: 'Validated' });
    await archive({ actor: team.author, cardId });

    const events = await eventsOf(CARD_ARN(saved.card.name));
    expect(events.map((event) => [event.sequence, event.type, event.source, event.detailType])).toEqual([
      [1, 'model_card.created', 'aws.sagemaker', 'SageMaker Model Card State Change'],
      [2, 'model_card.version_saved', 'aws.sagemaker', 'SageMaker Model Card State Change'],
      [3, 'model_card.submitted', 'aws.sagemaker', 'SageMaker Model Card State Change'],
      [4, 'model_card.approved', 'aws.sagemaker', 'SageMaker Model Card State Change'],
      [5, 'model_card.review_recorded', 'cardinal', 'Cardinal Model Card Review Recorded'],
      [6, 'model_card.approval_bound', 'cardinal', 'Cardinal Model Card Approval Bound'],
      [7, 'model_card.archived', 'aws.sagemaker', 'SageMaker Model Card State Change'],
    ]);

    const approved = events.find((event) => event.type === 'model_card.approved')!.envelope;
    expect(Object.keys(approved)).toEqual(['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail']);
    expect(approved).toMatchObject({
      version: '0',
      source: 'aws.sagemaker',
      account: '000000000000',
      region: 'us-east-1',
      resources: [CARD_ARN(saved.card.name)],
    });
    expect(approved.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Object.keys(approved.detail)).toEqual([
      'ModelCardVersion',
      'LastModifiedTime',
      'LastModifiedBy',
      'CreationTime',
      'CreatedBy',
      'ModelCardName',
      'ModelCardStatus',
      'AccountId',
      'SecurityConfig',
    ]);
    expect(approved.detail).toMatchObject({
      ModelCardVersion: 2,
      ModelCardName: saved.card.name,
      ModelCardStatus: 'Approved',
      AccountId: '000000000000',
      SecurityConfig: {},
      LastModifiedBy: { UserProfileName: 'Rae Reviewer' },
    });
    expect(new Date(approved.time).toISOString()).toBe(approved.time);

    const review = events.find((event) => event.type === 'model_card.review_recorded')!.envelope.detail;
    expect(review).toMatchObject({
      ModelCardVersion: 2,
      ContentHash: saved.contentHash,
      Decision: 'Approved',
      Comment: 'Validated',
      Approvals: 1,
      ApprovalsRequired: 1,
      ModelCardStatus: 'Approved',
    });
  });

  it('records each review of a High-risk card, announces the status only when the quorum is met, and a request for changes as both', async () => {
    const saved = await createCard({ actor: team.author, name: uniqueCardName(), content: sampleContent({ risk: 'High' }) });
    const cardId = saved.card.id;
    await submitForReview({ actor: team.author, cardId });
    await approve({ actor: team.reviewer, cardId, version: 1 });
    await requestChanges({ actor: team.secondReviewer, cardId, version: 1, comment: 'Add the bias report' });
    const events = await eventsOf(CARD_ARN(saved.card.name));
    expect(events.map((event) => [event.sequence, event.type])).toEqual([
      [1, 'model_card.created'],
      [2, 'model_card.submitted'],
      [3, 'model_card.review_recorded'],
      [4, 'model_card.changes_requested'],
      [5, 'model_card.review_recorded'],
    ]);
    expect(events[2].envelope.detail).toMatchObject({
      Decision: 'Approved',
      Approvals: 1,
      ApprovalsRequired: 2,
      ModelCardStatus: 'PendingReview',
      ContentHash: saved.contentHash,
    });
    expect(events[3].envelope.detail).toMatchObject({ ModelCardStatus: 'Draft' });
    expect(events[4].envelope.detail).toMatchObject({ Decision: 'ChangesRequested', Comment: 'Add the bias report', ModelCardStatus: 'Draft' });
  });

  it('a deleted card leaves one Cardinal event naming every version and hash', async () => {
    const saved = await createTestCard({ author: team.author, versions: 2 });
    await deleteCard({ actor: team.admin, cardId: saved.card.id });
    const events = await eventsOf(CARD_ARN(saved.card.name));
    expect(events.map((event) => event.type)).toEqual(['model_card.created', 'model_card.version_saved', 'model_card.deleted']);
    expect(events[2].envelope).toMatchObject({ source: 'cardinal', 'detail-type': 'Cardinal Model Card Deleted' });
    expect(events[2].envelope.detail).toMatchObject({
      ModelCardVersion: 2,
      ContentHash: saved.contentHash,
      Versions: [{ version: 1 }, { version: 2, contentHash: saved.contentHash }],
    });
  });

  it('a refused change writes no event', async () => {
    const saved = await createTestCard({ author: team.author });
    const before = await eventCount();
    await expect(
      saveVersion({ actor: team.author, cardId: saved.card.id, baseVersion: 1, content: sampleContent({ description: 'Revision 1' }) }),
    ).rejects.toMatchObject({ code: 'NO_CHANGES' });
    await expect(approve({ actor: team.reviewer, cardId: saved.card.id, version: 1 })).rejects.toBeTruthy();
    await expect(archive({ actor: team.auditor, cardId: saved.card.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await eventCount()).toBe(before);
  });
});

describe('the outbox transaction', () => {
  it('a transaction that rolls back after writing its event leaves neither the event nor a used sequence number', async () => {
    const stream = CARD_ARN(uniqueCardName('rollback'));
    const input = { type: 'test.event', source: 'cardinal' as const, detailType: 'Test', stream, resources: [stream], detail: {}, time: new Date() };
    await expect(
      database.db.$transaction(async (tx) => {
        await recordEvent(tx, input);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await eventsOf(stream)).toEqual([]);
    await database.db.$transaction((tx) => recordEvent(tx, input));
    expect((await eventsOf(stream)).map((event) => event.sequence)).toEqual([1]);
  });

  it('numbers a stream 1..N with no gap or duplicate when many transactions write to it at once', async () => {
    const stream = CARD_ARN(uniqueCardName('burst'));
    const writers = 25;
    await Promise.all(
      Array.from({ length: writers }, (_, index) =>
        database.db.$transaction(
          (tx) =>
            recordEvent(tx, { type: 'test.event', source: 'cardinal', detailType: 'Test', stream, resources: [stream], detail: { index }, time: new Date() }),
          { maxWait: 30_000, timeout: 30_000 },
        ),
      ),
    );
    const events = await eventsOf(stream);
    expect(events.map((event) => event.sequence)).toEqual(Array.from({ length: writers }, (_, index) => index + 1));
    expect(new Set(events.map((event) => event.envelope.detail.index)).size).toBe(writers);
  });

  it('numbers a card 1..N when export jobs are requested concurrently', async () => {
    const saved = await createTestCard({ author: team.author });
    await Promise.all(Array.from({ length: 8 }, () => createExportJob({ actor: team.auditor, cardName: saved.card.name })));
    const events = await eventsOf(CARD_ARN(saved.card.name));
    expect(events.map((event) => event.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(events.slice(1).every((event) => event.type === 'export_job.created')).toBe(true);
  });
});

describe('export jobs', () => {
  it('announce creation and their ending as SageMaker Model Card Export Job State Change on the card', async () => {
    const saved = await createTestCard({ author: team.author });
    const job = await createExportJob({ actor: team.auditor, cardName: saved.card.name, jobName: 'audit-pdf' });
    for (let claimed = await claimNextExportJob({ workerId: 'test' }); claimed; claimed = await claimNextExportJob({ workerId: 'test' })) {
      await finishExportJob({
        jobId: claimed.id,
        claimToken: claimed.claimToken,
        outcome: claimed.id === job.id ? { kind: 'failed', reason: 'renderer crashed' } : { kind: 'failed', reason: 'drained' },
      });
    }
    const events = (await eventsOf(CARD_ARN(saved.card.name))).filter((event) => event.detailType === 'SageMaker Model Card Export Job State Change');
    const jobArn = `${CARD_ARN(saved.card.name)}/export-job/audit-pdf`;
    expect(events.map((event) => [event.type, event.envelope.detail.Status, event.resources])).toEqual([
      ['export_job.created', 'InProgress', [jobArn, CARD_ARN(saved.card.name)]],
      ['export_job.failed', 'Failed', [jobArn, CARD_ARN(saved.card.name)]],
    ]);
    expect(events[1].envelope.detail).toMatchObject({
      ModelCardExportJobName: 'audit-pdf',
      ModelCardExportJobArn: jobArn,
      ModelCardName: saved.card.name,
      ModelCardVersion: 1,
      FailureReason: 'renderer crashed',
    });
  });
});

describe('registry changes', () => {
  it('a package version announces registration, the card linked to it and its approval as SageMaker Model Package State Change', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    const card = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content: sampleContent({ modelPackageArn: pkg.arn }) });
    await updateModelPackage({ actor: team.reviewer, arn: pkg.arn, approvalStatus: 'Approved' });
    const events = await eventsOf(pkg.arn);
    expect(events.map((event) => [event.sequence, event.type, event.detailType])).toEqual([
      [1, 'model_package.registered', 'SageMaker Model Package State Change'],
      [2, 'model_card.linked', 'Cardinal Model Card Linked'],
      [3, 'model_package.approval_changed', 'SageMaker Model Package State Change'],
    ]);
    expect(events[1].envelope.detail).toMatchObject({
      ModelCardName: card.card.name,
      ModelCardVersion: 1,
      ContentHash: card.contentHash,
      ModelPackageArn: pkg.arn,
    });
    const approved = events[2].envelope;
    expect(approved).toMatchObject({ source: 'aws.sagemaker', resources: [pkg.arn] });
    expect(approved.detail).toMatchObject({
      ModelPackageGroupName: group.name,
      ModelPackageVersion: 1,
      ModelPackageArn: pkg.arn,
      ModelPackageStatus: 'Completed',
      ModelApprovalStatus: 'Approved',
      ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
      InferenceSpecification: { SupportedContentTypes: ['text/csv'] },
    });
  });

  it('models announce creation and deletion as Cardinal events', async () => {
    const model = await createTestModel(team.author);
    await deleteModel({ actor: team.admin, name: model.name });
    const events = await eventsOf(model.arn);
    expect(events.map((event) => [event.sequence, event.type, event.source])).toEqual([
      [1, 'model.created', 'cardinal'],
      [2, 'model.deleted', 'cardinal'],
    ]);
    expect(events[0].envelope.detail).toMatchObject({ ModelName: model.name, ModelArn: model.arn });
  });
});
