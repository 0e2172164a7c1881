// npm test: type check, unit tests, then the end-to-end suite in Chromium and Firefox.
// Prints one plain line "N passed, N failed" (summed from the runners' JSON reports) and exits
// non-zero on any failure, a crashed runner, or a run with no tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'pemandu-test-'));
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;

if (run('npx', ['tsc', '--noEmit']) !== 0) {
  console.error('type check failed');
  broken = true;
}

for (const [name, extra] of [
  ['unit', []],
  ['e2e', ['--config', 'vitest.e2e.config.ts']],
]) {
  const report = join(out, `${name}.json`);
  const code = run('npx', ['vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    console.error(`${name}: the runner wrote no report (exit ${code})`);
    broken = true;
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  if (code !== 0 && r.numFailedTests === 0) {
    console.error(`${name}: runner exited ${code} without a failed test (suite error)`);
    broken = true;
  }
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(broken || failed > 0 || passed === 0 ? 1 : 0);
