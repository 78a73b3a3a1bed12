// Training-job records: a DescribeTrainingJob body stored exactly as posted; the same name with the same content (however its times are printed) changes nothing; other content is a conflict.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, uniqueCardName } from '@/test/factories';
import type { Team } from '@/test/factories';
import { trainingJobDescription, uniqueArtifact } from '@/test/registry-factories';
import { recordTrainingJob } from './record-training-job';
import { getTrainingJob } from './get-training-job';
import { listTrainingJobs } from './list-training-jobs';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

describe('recording a training job', () => {
  it('stores the posted text exactly and answers with the record', async () => {
    const name = uniqueCardName('Job');
    const artifact = uniqueArtifact();
    const text = JSON.stringify(trainingJobDescription(name, artifact), null, 4);
    const recorded = await recordTrainingJob({ actor: team.author, description: text });
    expect(recorded.created).toBe(true);
    expect(recorded.job).toMatchObject({
      name,
      status: 'Completed',
      s3ModelArtifacts: artifact,
      sourceArn: `arn:aws:sagemaker:us-east-1:111122223333:training-job/${name.toLowerCase()}`,
      arn: `arn:aws:sagemaker:us-east-1:000000000000:training-job/${name.toLowerCase()}`,
      creationTime: new Date('2026-11-30T10:15:02.118Z'),
      createdBy: { id: team.author.id },
    });
    expect((await getTrainingJob({ actor: team.auditor, name: name.toLowerCase() })).descriptionText).toBe(text);
    expect(await database.db.auditEvent.count({ where: { targetId: recorded.job.id, action: 'training_job.recorded' } })).toBe(1);
  });

  it('the same job again — other formatting, key order, or times as epoch seconds — changes nothing', async () => {
    const name = uniqueCardName('job');
    const description = trainingJobDescription(name, uniqueArtifact());
    const first = await recordTrainingJob({ actor: team.author, description: JSON.stringify(description) });
    const reordered = Object.fromEntries(Object.entries(description).reverse());
    const epoch = { ...description, CreationTime: Date.parse('2026-11-30T10:15:02.118Z') / 1000 };
    for (const again of [JSON.stringify(reordered, null, 2), JSON.stringify(epoch), description]) {
      const repeat = await recordTrainingJob({ actor: team.coauthor, description: again });
      expect(repeat).toMatchObject({ created: false, job: { id: first.job.id, contentHash: first.job.contentHash, createdBy: { id: team.author.id } } });
    }
    expect(await database.db.auditEvent.count({ where: { targetId: first.job.id } })).toBe(1);
  });

  it('the same name with other content is a conflict naming who recorded it, and the record is unchanged', async () => {
    const name = uniqueCardName('job');
    const first = await recordTrainingJob({ actor: team.author, description: trainingJobDescription(name, uniqueArtifact()) });
    await expect(recordTrainingJob({ actor: team.coauthor, description: trainingJobDescription(name.toUpperCase(), uniqueArtifact()) })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(`was already recorded by ${team.author.name}`),
    });
    expect((await getTrainingJob({ actor: team.auditor, name })).contentHash).toBe(first.job.contentHash);
  });

  it('the same job posted twice at once is recorded once', async () => {
    const description = trainingJobDescription(uniqueCardName('race'), uniqueArtifact());
    const results = await Promise.all([team.author, team.coauthor].map((actor) => recordTrainingJob({ actor, description })));
    expect(results.map((result) => result.created).sort()).toEqual([false, true]);
  });

  it('refuses what is not a DescribeTrainingJob response, naming the member', async () => {
    await expect(recordTrainingJob({ actor: team.author, description: 'not json' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const missing = trainingJobDescription(uniqueCardName('job'), uniqueArtifact()) as Record<string, unknown>;
    delete missing.TrainingJobStatus;
    await expect(recordTrainingJob({ actor: team.author, description: missing })).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'TrainingJobStatus' });
    await expect(
      recordTrainingJob({
        actor: team.author,
        description: trainingJobDescription(uniqueCardName('job'), uniqueArtifact(), { TrainingStartTime: 'yesterday' }),
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'TrainingStartTime' });
  });

  it('only authors and admins record jobs; every role lists them', async () => {
    const description = trainingJobDescription(uniqueCardName('listed'), uniqueArtifact(), { TrainingJobStatus: 'Failed' });
    for (const actor of [team.reviewer, team.auditor]) {
      await expect(recordTrainingJob({ actor, description })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await recordTrainingJob({ actor: team.admin, description });
    const failed = await listTrainingJobs({ actor: team.auditor, status: 'Failed', nameContains: 'LISTED' });
    expect(failed.items.map((job) => job.name)).toEqual([description.TrainingJobName]);
  });
});
