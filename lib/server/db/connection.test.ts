// The embedded database flushes each commit to the disk: PostgreSQL runs with fsync on and its fsync() reaches the data file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './connection';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardinal-durable-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('the embedded database', () => {
  it('commits with fsync on, and each commit calls fsync on a real file', async () => {
    const database = openDatabase({ kind: 'embedded', dataDir });
    try {
      expect((await database.rawQuery('SHOW fsync')).rows).toEqual([{ fsync: 'on' }]);
      expect((await database.rawQuery('SHOW wal_sync_method')).rows).toEqual([{ wal_sync_method: 'fsync' }]);
      await database.rawQuery('CREATE TABLE durable (id int)');
      const fsync = vi.spyOn(fs, 'fsyncSync');
      for (let id = 0; id < 5; id++) await database.rawQuery('INSERT INTO durable VALUES ($1)', [id]);
      expect(fsync.mock.calls.length).toBeGreaterThanOrEqual(5);
      fsync.mockRestore();
    } finally {
      await database.close();
    }
  }, 120_000);
});
