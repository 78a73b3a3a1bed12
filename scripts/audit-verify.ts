// `tsx --conditions=react-server scripts/audit-verify.ts`: checks the audit hash chain of the configured database (DATABASE_URL, else the embedded ./data); exit 1 when broken.
// The embedded database has one owner process: stop the server before checking it.
import { verifyAuditChain } from '../lib/server/audit/verify-audit-chain';
import { closeDb } from '../lib/server/db';

const result = await verifyAuditChain();
await closeDb();
if (result.ok) {
  console.log(`Audit trail intact: ${result.checked} events checked.`);
} else {
  console.log(`Audit trail BROKEN at event ${result.firstBroken!.seq}: ${result.firstBroken!.reason}. ${result.checked} events before it are intact.`);
}
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
