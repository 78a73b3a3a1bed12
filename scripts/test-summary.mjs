// Adds up the JSON reports of every test lane into one closing line: "tests: N passed, N failed, N skipped".
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const lanes = [];
let passed = 0;
let failed = 0;
let skipped = 0;

function read(file) {
  const full = path.join(dir, file);
  return fs.existsSync(full) ? JSON.parse(fs.readFileSync(full, 'utf8')) : null;
}

for (const [file, label] of [
  ['vitest-pglite.json', 'unit + database (PGlite)'],
  ['vitest-postgres.json', 'database (PostgreSQL)'],
]) {
  const report = read(file);
  if (!report) {
    lanes.push(`${label}: did not run`);
    continue;
  }
  const skippedHere = report.numPendingTests + report.numTodoTests;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += skippedHere;
  lanes.push(`${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skippedHere} skipped`);
}

const e2e = read('playwright.json');
if (e2e) {
  const stats = e2e.stats;
  const failedHere = stats.unexpected + stats.flaky;
  passed += stats.expected;
  failed += failedHere;
  skipped += stats.skipped;
  lanes.push(`e2e (Chromium): ${stats.expected} passed, ${failedHere} failed, ${stats.skipped} skipped`);
} else lanes.push('e2e (Chromium): did not run');

for (const lane of lanes) console.log(`  ${lane}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
