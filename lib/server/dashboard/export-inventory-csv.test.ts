// The inventory CSV: SR 11-7 fields per row, the dashboard's filters, formulas neutralised.
import { describe, it, expect, beforeAll } from 'vitest';
import { setupTestDatabase } from '@/test/database';
import { createTeam, createTestUser, sampleContent } from '@/test/factories';
import type { Team } from '@/test/factories';
import { createApprovedCard, createTestGroup, registerTestPackage } from '@/test/registry-factories';
import { exportInventoryCsv, INVENTORY_CSV_HEADER } from './export-inventory-csv';

let team: Team;

beforeAll(async () => {
  await setupTestDatabase();
  team = await createTeam();
});

describe('exportInventoryCsv', () => {
  it('writes a header and one line per row with purpose, owner, developer, validator, risk, status and dates', async () => {
    const group = await createTestGroup(team.author);
    const pkg = await registerTestPackage(team.author, group.name);
    await registerTestPackage(team.author, group.name);
    const content = sampleContent({ modelPackageArn: pkg.arn, risk: 'Low' });
    content.intended_uses!.purpose_of_model = '=cmd|calc, "quoted"';
    const card = await createApprovedCard({ author: team.author, reviewer: team.reviewer, content });
    const csv = await exportInventoryCsv({ actor: team.auditor, params: { q: group.name } });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(INVENTORY_CSV_HEADER.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(
      `${group.name}/1,model package version,${pkg.arn},PendingManualApproval,${card.card.name},"'=cmd|calc, ""quoted""",risk-team,${team.author.name},${team.reviewer.name},Low,Approved,`,
    );
    expect(lines[2]).toMatch(new RegExp(`^${group.name}/2,model package version,.*,No card$`));
  });

  it('refuses a user with no role and a bad filter', async () => {
    await expect(exportInventoryCsv({ actor: await createTestUser([]), params: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportInventoryCsv({ actor: team.auditor, params: { flag: 'nope' } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
