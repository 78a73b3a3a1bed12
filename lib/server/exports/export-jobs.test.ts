// Export jobs against a real database: anyone who reads cards may export, jobs are claimed once each across concurrent workers, a dead worker's job is taken over when its lease runs out, and a job ends exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam, createTestCard, createTestUser } from '@/test/factories';
import type { Team } from '@/test/factories';
import { saveVersion } from '@/lib/server/model-cards/save-version';
import { sampleContent } from '@/test/factories';
import { createExportJob } from './create-export-job';
import { getExportJob } from './get-export-job';
import { listExportJobs } from './list-export-jobs';
import { claimNextExportJob } from './claim-next-export-job';
import { finishExportJob } from './finish-export-job';
import { runExportJob } from './run-export-job';
import { getExportPdf } from './get-export-pdf';
import { renewExportLease } from './renew-export-lease';
import { startWorker } from '@/lib/server/jobs/worker';
import { createCard } from '@/lib/server/model-cards/create-card';
import { maximalContent } from '@/test/fixtures/maximal-version';
import { stopRenderPool } from '@/lib/pdf/render-pool';

// One renderer is enough for renders one after another, and starts in half the CPU time of the default two.
process.env.CARDINAL_PDF_WORKERS = '1';

let team: Team;
let database: TestDatabase;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});
afterAll(() => stopRenderPool());

/** Claims until nothing is left, so each test starts with no waiting job of another test in the way. */
async function drain() {
  for (let job = await claimNextExportJob({ workerId: 'drain' }); job; job = await claimNextExportJob({ workerId: 'drain' })) {
    await finishExportJob({ jobId: job.id, claimToken: job.claimToken, outcome: { kind: 'failed', reason: 'drained by the test' } });
  }
}

describe('creating and reading export jobs', () => {
  it('lets every role export any version, records who asked in the audit trail, and refuses what does not exist', async () => {
    const { card } = await createTestCard({ author: team.author, versions: 2 });
    for (const actor of [team.author, team.reviewer, team.auditor, team.admin]) {
      const job = await createExportJob({ actor, cardName: card.name, version: 1 });
      expect(job).toMatchObject({ cardName: card.name, version: 1, status: 'InProgress', claimedAt: null, requestedBy: { id: actor.id } });
      expect(job.jobName).toMatch(new RegExp(`^${card.name}-v1-\\d{14}-[0-9a-f]{4}$`));
    }
    const latest = await createExportJob({ actor: team.auditor, cardName: card.name, jobName: 'quarterly-audit' });
    expect(latest.version).toBe(2);
    const events = await database.db.auditEvent.findMany({ where: { targetId: card.id, action: 'export_job.created' } });
    expect(events).toHaveLength(5);

    const noRole = await createTestUser([]);
    await expect(createExportJob({ actor: noRole, cardName: card.name })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createExportJob({ actor: team.auditor, cardName: card.name, jobName: 'quarterly-audit' })).rejects.toMatchObject({
      code: 'CONFLICT',
      path: 'jobName',
    });
    await expect(createExportJob({ actor: team.auditor, cardName: card.name, version: 3 })).rejects.toMatchObject({ code: 'NOT_FOUND', path: 'version' });
    await expect(createExportJob({ actor: team.auditor, cardName: 'no-such-card' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createExportJob({ actor: team.auditor, cardName: card.name, jobName: '-bad-' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: 'jobName',
    });
    expect(await getExportJob({ actor: team.reviewer, cardName: card.name, jobName: 'quarterly-audit' })).toMatchObject({ id: latest.id });
    await expect(getExportPdf({ actor: team.reviewer, jobId: latest.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('still in progress'),
    });
    await drain();
  });

  it('lists newest first, filters by card and status, and pages without gaps or repeats', async () => {
    const { card } = await createTestCard({ author: team.author });
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await createExportJob({ actor: team.author, cardName: card.name, jobName: `job-${i}` }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listExportJobs({ actor: team.auditor, filters: { cardName: card.name }, limit: 2, cursor });
      seen.push(...page.items.map((job) => job.jobName));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['job-4', 'job-3', 'job-2', 'job-1', 'job-0']);
    const claimed = (await claimNextExportJob({ workerId: 'w' }))!;
    await finishExportJob({ jobId: claimed.id, claimToken: claimed.claimToken, outcome: { kind: 'failed', reason: 'test' } });
    const failed = await listExportJobs({ actor: team.auditor, filters: { cardName: card.name, status: 'Failed' } });
    expect(failed.items.map((job) => job.jobName)).toEqual(['job-0']);
    await drain();
  });
});

describe('claiming and finishing', () => {
  it('gives concurrent workers different jobs, never the same one twice', async () => {
    const { card } = await createTestCard({ author: team.author });
    const ids = [];
    for (let i = 0; i < 8; i++) ids.push((await createExportJob({ actor: team.author, cardName: card.name, jobName: `c-${i}` })).id);
    const claims = await Promise.all(Array.from({ length: 12 }, (_, i) => claimNextExportJob({ workerId: `worker-${i}` })));
    const claimedIds = claims.filter((claim) => claim !== null).map((claim) => claim!.id);
    expect(claimedIds.sort()).toEqual([...ids].sort());
    expect(await claimNextExportJob({ workerId: 'late' })).toBeNull();
    for (const claim of claims)
      if (claim) await finishExportJob({ jobId: claim.id, claimToken: claim.claimToken, outcome: { kind: 'failed', reason: 'test' } });
  });

  it('takes over a job whose lease ran out, and only the new claim can end it', async () => {
    const { card } = await createTestCard({ author: team.author });
    const job = await createExportJob({ actor: team.author, cardName: card.name });
    const first = (await claimNextExportJob({ workerId: 'dies', lease: 1 }))!;
    expect(first.id).toBe(job.id);
    expect(await claimNextExportJob({ workerId: 'other', lease: 1 })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const second = (await claimNextExportJob({ workerId: 'takes-over', lease: 1 }))!;
    expect([second.id, second.attempts]).toEqual([job.id, 2]);
    expect(await renewExportLease({ jobId: job.id, claimToken: first.claimToken })).toBe(false);
    expect(await runExportJob(first)).toBe(false);
    expect(await runExportJob(second)).toBe(true);
    expect(await runExportJob(second)).toBe(false);
    const done = await getExportJob({ actor: team.auditor, jobId: job.id });
    expect(done).toMatchObject({ status: 'Completed', attempts: 2, pdfSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const completions = await database.db.auditEvent.findMany({ where: { action: 'export_job.completed', targetId: card.id } });
    expect(completions).toHaveLength(1);
    const pdf = await getExportPdf({ actor: team.reviewer, jobId: job.id });
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pdf).toMatchObject({ sha256: done.pdfSha256, fileName: `${card.name}-v1.pdf` });
  });

  it('renders in a renderer process while this one keeps renewing the lease, so a long render is never taken over', async () => {
    // Two of the largest card's ten evaluation jobs: a render of seconds, like a real card's.
    const content = { ...maximalContent(), evaluation_details: maximalContent().evaluation_details!.slice(0, 2) };
    const { card } = await createCard({ actor: team.author, name: `large-${Date.now().toString(36)}`, content });
    const job = await createExportJob({ actor: team.author, cardName: card.name });
    const claim = (await claimNextExportJob({ workerId: 'renewing', lease: 30 }))!;
    let renderPid: number | undefined;
    let rendering = false;
    const seenWhileRendering = new Set<number>();
    const run = runExportJob(claim, {
      renewMs: 100,
      onRenderStart: (pid) => {
        renderPid = pid;
        rendering = true;
      },
    });
    run.finally(() => (rendering = false)).catch(() => {});
    // This loop only runs while the render does because the render is not on this event loop.
    while (!rendering) await new Promise((resolve) => setTimeout(resolve, 20));
    while (rendering) {
      const row = await database.db.exportJob.findUniqueOrThrow({ where: { id: job.id }, select: { claimedAt: true, status: true } });
      if (row.status === 'InProgress') seenWhileRendering.add(row.claimedAt!.getTime());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await run).toBe(true);
    expect(renderPid).toEqual(expect.any(Number));
    expect(renderPid).not.toBe(process.pid);
    // The claim time moved forward several times before the job was finished: renewals ran during the render.
    expect(seenWhileRendering.size).toBeGreaterThanOrEqual(3);
    expect(await getExportJob({ actor: team.auditor, jobId: job.id })).toMatchObject({ status: 'Completed', attempts: 1 });
  });

  it('fails a job with the reason when its requester lost access, and after repeated interrupted renders', async () => {
    const { card } = await createTestCard({ author: team.author });
    const leaver = await createTestUser(['auditor']);
    const job = await createExportJob({ actor: leaver, cardName: card.name });
    await database.db.user.update({ where: { id: leaver.id }, data: { active: false } });
    await runExportJob((await claimNextExportJob({ workerId: 'w' }))!);
    expect(await getExportJob({ actor: team.auditor, jobId: job.id })).toMatchObject({
      status: 'Failed',
      failureReason: expect.stringContaining('no longer active'),
    });
    await expect(getExportPdf({ actor: team.auditor, jobId: job.id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('failed') });

    const crashy = await createExportJob({ actor: team.author, cardName: card.name });
    await database.db.exportJob.update({ where: { id: crashy.id }, data: { attempts: 3 } });
    await runExportJob((await claimNextExportJob({ workerId: 'w' }))!);
    expect(await getExportJob({ actor: team.auditor, jobId: crashy.id })).toMatchObject({
      status: 'Failed',
      failureReason: expect.stringContaining('did not finish in 3 attempts'),
    });
  });

  it('renders the version the job names even after newer versions, through the running worker', async () => {
    const saved = await createTestCard({ author: team.author });
    const job = await createExportJob({ actor: team.author, cardName: saved.card.name });
    await saveVersion({ actor: team.author, cardId: saved.card.id, baseVersion: 1, content: sampleContent({ description: 'Revision 2' }) });
    const worker = startWorker({ poll: 100 });
    try {
      await expect.poll(async () => (await getExportJob({ actor: team.auditor, jobId: job.id })).status, { timeout: 60_000 }).toBe('Completed');
    } finally {
      await worker.stop();
    }
    expect(await getExportJob({ actor: team.auditor, jobId: job.id })).toMatchObject({ version: 1, contentHash: saved.contentHash });
  });
});
