// Package versions are 1..N with no gap and no duplicate however many registrations race, in one process and from two OS processes (two app instances).
import path from 'node:path';
import readline from 'node:readline';
import { spawn } from 'node:child_process';
import { describe, it, expect, beforeAll } from 'vitest';
import { databaseLane, setupTestDatabase } from '@/test/database';
import type { TestDatabase } from '@/test/database';
import { createTeam } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createTestGroup } from '@/test/registry-factories';
import { registerModelPackage } from './register-model-package';
import { listModelPackages } from './list-model-packages';
import { getModelPackageGroup } from './get-model-package-group';

let database: TestDatabase;
let team: Team;

beforeAll(async () => {
  database = await setupTestDatabase();
  team = await createTeam();
});

/** Every registration got its own version, the versions are exactly 1..n, and each version holds the registration that was told it. */
async function expectVersions(groupName: string, registered: { version: number; description: string }[], n: number) {
  expect(registered).toHaveLength(n);
  expect(registered.map((entry) => entry.version).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, index) => index + 1));
  const listed = await listModelPackages({ actor: team.auditor, groupName, sortBy: 'name', sortOrder: 'asc', limit: 100 });
  expect(listed.items.map((pkg) => pkg.version)).toEqual(Array.from({ length: n }, (_, index) => index + 1));
  const byVersion = new Map(listed.items.map((pkg) => [pkg.version, pkg.description]));
  for (const entry of registered) expect(byVersion.get(entry.version)).toBe(entry.description);
  expect((await getModelPackageGroup({ actor: team.auditor, name: groupName })).latestVersion).toBe(n);
  expect(await database.db.auditEvent.count({ where: { action: 'model_package.registered', targetName: { startsWith: `${groupName}/` } } })).toBe(n);
}

describe('concurrent registrations in one process', () => {
  it('40 concurrent registrations into one group give versions 1..40', async () => {
    const group = await createTestGroup(team.author);
    const registered = await Promise.all(
      Array.from({ length: 40 }, async (_, index) => {
        const description = `registration ${index}`;
        const pkg = await registerModelPackage({ actor: index % 2 ? team.author : team.admin, groupName: group.name, description });
        return { version: pkg.version, description };
      }),
    );
    await expectVersions(group.name, registered, 40);
  });

  it('a repeated ClientToken returns the version it registered instead of taking another', async () => {
    const group = await createTestGroup(team.author);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => registerModelPackage({ actor: team.author, groupName: group.name, clientToken: 'pipeline-run-42' })),
    );
    expect(new Set(results.map((pkg) => pkg.version))).toEqual(new Set([1]));
    expect((await registerModelPackage({ actor: team.author, groupName: group.name })).version).toBe(2);
  });
});

type WorkerReport = { label: string; registered: { version: number; description: string }[] };

function startWorker(url: string, groupName: string, label: string, count: number) {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const child = spawn(tsx, ['--conditions=react-server', 'test/concurrent-register-worker.ts', groupName, label, String(count)], {
    env: { ...process.env, DATABASE_URL: url, CARDINAL_TEST_ACTOR: JSON.stringify(team.author) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const lines = readline.createInterface({ input: child.stdout });
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const report = new Promise<WorkerReport>((resolve, reject) => {
    let result: WorkerReport | undefined;
    lines.on('line', (line) => {
      if (line === 'ready') markReady();
      else if (line.startsWith('{')) result = JSON.parse(line) as WorkerReport;
    });
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`worker ${label} exited with ${code}:\n${stderr}`))));
  });
  // A worker that dies before it is ready must fail the test, not leave it waiting.
  return { ready: Promise.race([ready, report.then(() => undefined)]), report, go: () => child.stdin.end('go\n') };
}

describe('concurrent registrations from two OS processes', () => {
  // PGlite is an in-memory database owned by this test process; several instances against one database is the PostgreSQL deployment.
  it.skipIf(databaseLane === 'pglite')(
    'two processes registering 20 each into one group give versions 1..40',
    async () => {
      const group = await createTestGroup(team.author);
      const workers = ['left', 'right'].map((label) => startWorker(database.url!, group.name, label, 20));
      await Promise.all(workers.map((worker) => worker.ready));
      const started = Date.now();
      for (const worker of workers) worker.go();
      const reports = await Promise.all(workers.map((worker) => worker.report));
      const registered = reports.flatMap((report) => report.registered);
      await expectVersions(group.name, registered, 40);
      console.log(`two processes: 40 registrations in ${Date.now() - started} ms`);
    },
    120_000,
  );
});
