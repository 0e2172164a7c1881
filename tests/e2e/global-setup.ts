/** Builds both extensions once before the e2e suite (skip with E2E_SKIP_BUILD=1). */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const opts = { stdio: 'inherit' as const, cwd: `${__dirname}/../..` };
  execFileSync('npx', ['wxt', 'build'], opts);
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], opts);
}
