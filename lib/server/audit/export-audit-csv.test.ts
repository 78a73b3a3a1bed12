// The audit trail as CSV: the filtered events newest first, each line holding what its hash covers, so it can be checked offline.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestCard, uniqueCardName } from '@/test/factories';
import type { Team } from '@/test/factories';
import { auditEventHash } from './record-audit-event';
import { AUDIT_CSV_HEADER, exportAuditCsv } from './export-audit-csv';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const character = text[at];
    if (quoted && character === '"' && text[at + 1] === '"') {
      cell += '"';
      at++;
    } else if (quoted) {
      if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') {
      quoted = true;
    } else if (character === ',' || (character === '\r' && text[at + 1] === '\n')) {
      row.push(cell);
      cell = '';
      if (character === '\r') {
        rows.push(row);
        row = [];
        at++;
      }
    } else {
      cell += character;
    }
  }
  return rows;
}

async function csvOf(query: Record<string, string>, batch?: number): Promise<string[][]> {
  const bytes = new Uint8Array(await new Response(await exportAuditCsv({ actor: team.auditor, query, batch })).arrayBuffer());
  // UTF-8's byte-order mark first, so spreadsheets read the file as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(new TextDecoder().decode(bytes.subarray(3)));
}

describe('the audit trail as CSV', () => {
  it("holds the filtered events newest first, and each line's fields and previous hash give its hash", async () => {
    const name = uniqueCardName('csv');
    await createTestCard({ author: team.author, name, versions: 3 });
    const [header, ...lines] = await csvOf({ target: name });
    expect(header).toEqual([...AUDIT_CSV_HEADER]);
    expect(lines.map((line) => line[4])).toEqual(['card.version_saved', 'card.version_saved', 'card.created']);
    for (const [seq, at, actorId, email, action, targetType, targetId, targetName, version, contentHash, details, prevHash, hash] of lines) {
      expect(seq).toMatch(/^\d+$/);
      const recomputed = auditEventHash(prevHash, {
        at: new Date(at),
        actorId: actorId || null,
        actorEmail: email,
        action,
        targetType,
        targetId: targetId || null,
        targetName: targetName || null,
        cardVersion: version ? Number(version) : null,
        contentHash: contentHash || null,
        details,
      });
      expect(recomputed).toBe(hash);
    }
  });

  it('streams the trail across batches whole, and refuses before the first byte', async () => {
    await createTestCard({ author: team.author, versions: 3 });
    const all = await csvOf({}, 2);
    expect(all.slice(1).map((line) => line[0])).toEqual((await csvOf({})).slice(1).map((line) => line[0]));
    const seqs = all.slice(1).map((line) => Number(line[0]));
    // At least this card's 3 events: batches of 2 end mid-trail at least once.
    expect(seqs.length).toBeGreaterThanOrEqual(3);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
    await expect(exportAuditCsv({ actor: team.author })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportAuditCsv({ actor: team.auditor, query: { kind: 'spaceship' } })).rejects.toMatchObject({ code: 'INVALID_INPUT', path: 'kind' });
  });
});
