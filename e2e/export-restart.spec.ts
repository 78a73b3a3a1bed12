// Export jobs survive their server: instances are SIGKILLed while jobs render, and after a restart (two instances on one PostgreSQL) every job completes, each exactly once.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { CreateModelCardCommand, CreateModelCardExportJobCommand, DescribeModelCardExportJobCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { startThrowawayPostgres } from '../scripts/throwaway-postgres';
import type { ThrowawayPostgres } from '../scripts/throwaway-postgres';
import { stopOnExit } from '../scripts/support/stop-on-exit';
import { maximalContent } from '../test/fixtures/maximal-version';

const PORTS = [Number(process.env.E2E_RESTART_PORT ?? 3560), Number(process.env.E2E_RESTART_PORT_2 ?? 3561)];
const KEY = { accessKeyId: 'AKIARESTARTTESTKEY01', secretAccessKey: 'restart-test-secret-0123456789abcdef' };
const JOBS = 6;
const CARD = 'restart-export-card';

let postgres: ThrowawayPostgres | null = null;
const servers = new Map<number, ChildProcess>();

/** npm start on the existing build (Playwright's own servers built it), its own process group so a SIGKILL takes Next with it. */
async function startServer(port: number): Promise<void> {
  const child = spawn('npm', ['start'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      CARDINAL_SKIP_BUILD: '1',
      DATABASE_URL: postgres!.url,
      NEXTAUTH_SECRET: 'restart-test-session-secret-0123456789',
      CARDINAL_ADMIN_EMAIL: 'restart-admin@example.com',
      CARDINAL_ADMIN_PASSWORD: 'restart-admin-password',
      CARDINAL_ADMIN_ACCESS_KEY_ID: KEY.accessKeyId,
      CARDINAL_ADMIN_SECRET_ACCESS_KEY: KEY.secretAccessKey,
      // A killed instance's claim is free again after 10 s instead of the default 30. Shorter than a render of this card on a
      // busy machine: a job that is not interrupted completes in one attempt only because its lease is renewed while it renders.
      CARDINAL_EXPORT_LEASE_SECONDS: '10',
      CARDINAL_EXPORT_POLL_MS: '250',
    },
  });
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  servers.set(port, child);
  // Its own process group: should this worker end without afterAll (a crash, an interrupt), the server ends with it.
  child.on(
    'exit',
    stopOnExit(() => (child.exitCode === null && child.signalCode === null ? process.kill(-child.pid!, 'SIGKILL') : undefined)),
  );
  await expect
    .poll(async () => (await fetch(`http://localhost:${port}/signin`).catch(() => null))?.status ?? (child.exitCode !== null ? `exited: ${log}` : 0), {
      timeout: 60_000,
      intervals: [500],
    })
    .toBe(200);
}

function killServer(port: number, signal: NodeJS.Signals): void {
  const child = servers.get(port);
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, signal);
  servers.delete(port);
}

const sql = async <T>(query: string): Promise<T[]> => {
  const client = new Client({ connectionString: postgres!.url });
  await client.connect();
  try {
    return (await client.query(query)).rows as T[];
  } finally {
    await client.end();
  }
};

test.describe('export jobs across a server restart', () => {
  test.beforeAll(async () => {
    postgres = await startThrowawayPostgres();
  });

  test.afterAll(async () => {
    for (const port of [...servers.keys()]) killServer(port, 'SIGKILL');
    postgres?.stop();
  });

  test('jobs in progress when the server is killed complete after the restart, each exactly once', async () => {
    test.skip(postgres === null, 'needs the PostgreSQL server binaries (initdb, pg_ctl) to run two instances on one database');
    test.setTimeout(180_000);
    await startServer(PORTS[0]);
    // The SDK's default 3 attempts: a busy machine may reset a kept-alive socket.
    const sagemaker = new SageMakerClient({ endpoint: `http://localhost:${PORTS[0]}/api/sagemaker`, region: 'us-east-1', credentials: KEY, maxAttempts: 3 });
    // A mid-sized card (two of the largest card's ten evaluation jobs): each render takes seconds, long enough to be caught mid-way.
    const content = { ...maximalContent(), evaluation_details: maximalContent().evaluation_details!.slice(0, 2) };
    await sagemaker.send(new CreateModelCardCommand({ ModelCardName: CARD, Content: JSON.stringify(content), ModelCardStatus: 'Draft' }));
    // All at once: the first render starts as soon as its job exists and keeps the instance busy.
    await Promise.all(
      Array.from({ length: JOBS }, (_, i) =>
        sagemaker.send(
          new CreateModelCardExportJobCommand({ ModelCardName: CARD, ModelCardExportJobName: `job-${i}`, OutputConfig: { S3OutputPath: 's3://b/p' } }),
        ),
      ),
    );

    // Kill while a job is being rendered (claimed, not finished).
    await expect
      .poll(async () => (await sql<{ n: string }>(`SELECT count(*) AS n FROM "ExportJob" WHERE status = 'InProgress' AND "claimedAt" IS NOT NULL`))[0].n, {
        timeout: 60_000,
        intervals: [100],
      })
      .toBe('1');
    killServer(PORTS[0], 'SIGKILL');
    const interrupted = await sql<{ jobName: string }>(`SELECT "jobName" FROM "ExportJob" WHERE status = 'InProgress' AND "claimedAt" IS NOT NULL`);
    expect(interrupted).toHaveLength(1);

    await Promise.all(PORTS.map((port) => startServer(port)));
    await expect
      .poll(async () => (await sql<{ n: string }>(`SELECT count(*) AS n FROM "ExportJob" WHERE status = 'InProgress'`))[0].n, {
        timeout: 120_000,
        intervals: [500],
      })
      .toBe('0');

    const jobs = await sql<{
      id: string;
      jobName: string;
      status: string;
      failureReason: string | null;
      attempts: number;
      pdfSha256: string;
      claimedBy: string;
    }>(`SELECT id, "jobName", status, "failureReason", attempts, "pdfSha256", "claimedBy" FROM "ExportJob" ORDER BY "jobName"`);
    expect(jobs.map((job) => [job.jobName, job.status, job.failureReason])).toEqual(Array.from({ length: JOBS }, (_, i) => [`job-${i}`, 'Completed', null]));
    for (const job of jobs) expect(job.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    // The interrupted job was claimed again after the restart; the others rendered once (their leases were renewed while they rendered).
    expect(jobs.map((job) => [job.jobName, job.attempts])).toEqual(jobs.map((job) => [job.jobName, job.jobName === interrupted[0].jobName ? 2 : 1]));
    const completions = await sql<{ jobId: string; n: string }>(
      `SELECT details::json->>'jobId' AS "jobId", count(*) AS n FROM "AuditEvent" WHERE action = 'export_job.completed' GROUP BY 1`,
    );
    expect(completions.map((row) => [row.jobId, row.n]).sort()).toEqual(jobs.map((job) => [job.id, '1']).sort());

    const describe = new SageMakerClient({ endpoint: `http://localhost:${PORTS[1]}/api/sagemaker`, region: 'us-east-1', credentials: KEY, maxAttempts: 3 });
    const described = await describe.send(
      new DescribeModelCardExportJobCommand({
        ModelCardExportJobArn: `arn:aws:sagemaker:us-east-1:000000000000:model-card/${CARD}/export-job/${interrupted[0].jobName}`,
      }),
    );
    expect(described).toMatchObject({ Status: 'Completed', ExportArtifacts: { S3ExportArtifacts: expect.stringContaining('/api/v1/export-jobs/') } });
  });
});
