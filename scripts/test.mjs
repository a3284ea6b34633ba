// npm test: unit, integration (PGlite and a throwaway PostgreSQL 15 cluster) and browser tests in one
// Vitest run, ending with the line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebIfStale } from './web-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The type check counts as one test: strict TypeScript over server, web, domain and tests.
const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.'], {
  cwd: root,
  stdio: 'inherit',
});
console.log(tsc.status === 0 ? 'typecheck: ok' : 'typecheck: FAILED');
buildWebIfStale();
const out = path.join(root, '.tmp/vitest-report.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.rmSync(out, { force: true });
const r = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`,
    ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
let passed = tsc.status === 0 ? 1 : 0;
let failed = tsc.status === 0 ? 0 : 1;
if (fs.existsSync(out)) {
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  // A file that fails without any failed test (it did not even load) counts as one failure.
  const brokenFiles = report.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
  ).length;
  failed += report.numFailedTests + brokenFiles;
} else {
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(r.status === 0 && failed === 0 ? 0 : 1);
