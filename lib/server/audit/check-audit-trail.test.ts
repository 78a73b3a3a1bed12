// Checking the hash chain from the console: admins and auditors may, and get the verification's answer; authors and reviewers may not.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestCard } from '@/test/factories';
import type { Team } from '@/test/factories';
import { checkAuditTrail } from './check-audit-trail';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
  await createTestCard({ author: team.author, versions: 2 });
});

describe('checking the audit trail', () => {
  it('is open to admins and auditors', async () => {
    for (const actor of [team.admin, team.auditor]) {
      const result = await checkAuditTrail({ actor });
      expect(result).toMatchObject({ ok: true, checked: expect.any(Number) });
      expect(result.checked).toBeGreaterThanOrEqual(2);
      expect(result.checkedAt).toBeInstanceOf(Date);
    }
  });

  it('is refused to authors, reviewers and strangers', async () => {
    for (const actor of [team.author, team.reviewer]) await expect(checkAuditTrail({ actor })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(checkAuditTrail({ actor: null })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
