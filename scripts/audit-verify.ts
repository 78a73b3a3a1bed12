// `tsx --conditions=react-server scripts/audit-verify.ts`: checks the audit hash chain of the configured database (DATABASE_URL, else the embedded ./data); exit 1 when broken.
// The embedded database has one owner process: while the server runs, this refuses at once and names it (check from the console instead).
import { verifyAuditChain } from '../lib/server/audit/verify-audit-chain';
import { closeDb } from '../lib/server/db';
import { DataDirInUseError } from '../lib/server/db/data-dir-lock';

let result;
try {
  result = await verifyAuditChain();
} catch (error) {
  if (!(error instanceof DataDirInUseError)) throw error;
  console.error(`Cannot check the audit trail: ${error.message}`);
  process.exit(2);
}
await closeDb();
if (result.ok) {
  console.log(`Audit trail intact: ${result.checked} events checked.`);
} else {
  console.log(`Audit trail BROKEN at event ${result.firstBroken!.seq}: ${result.firstBroken!.reason}. ${result.checked} events before it are intact.`);
}
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
