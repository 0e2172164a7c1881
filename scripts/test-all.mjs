// npm test: type check, unit tests, then the end-to-end suite in Chromium and Firefox.
// Prints one plain line "N passed, N failed" (", N skipped" when some were), summed from the
// runners' JSON reports, and exits non-zero on a type error, any failed test, a crashed runner,
// or a run with no tests. Node 20, no dependencies beyond the project's own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'pemandu-test-'));
const times = [];
const run = (label, cmd, args) => {
  const start = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  times.push(`${label} ${((Date.now() - start) / 1000).toFixed(1)} s`);
  if (r.error) console.error(`${label}: could not start ${cmd}: ${r.error.message}`);
  return r.status ?? 1;
};
let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;

if (run('typecheck', 'npx', ['tsc', '--noEmit']) !== 0) {
  console.error('typecheck: failed');
  broken = true;
}

for (const [name, extra] of [
  ['unit', []],
  ['e2e', ['--config', 'vitest.e2e.config.ts']],
]) {
  const report = join(out, `${name}.json`);
  const code = run(name, 'npx', ['vitest', 'run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    console.error(`${name}: the runner wrote no report (exit ${code})`);
    broken = true;
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  if (r.numTotalTests === 0) {
    console.error(`${name}: no tests ran`);
    broken = true;
  }
  if (code !== 0 && r.numFailedTests === 0) {
    console.error(`${name}: the runner exited ${code} with no failed test (a file failed to load, or a hook or global setup threw)`);
    broken = true;
  }
}

console.log(`time: ${times.join(' · ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(broken || failed > 0 || passed === 0 ? 1 : 0);
