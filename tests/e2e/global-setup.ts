/**
 * Builds once before the e2e suite (skip with E2E_SKIP_BUILD=1): the build tests drive
 * (PEMANDU_E2E=1, in .output/) and the build that ships (in .output/ship/, which the hostile suite
 * attacks), each for Chromium and Firefox.
 */
import { execFileSync } from 'node:child_process';
import { SHIP_DIR } from './harness/common';

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const cwd = `${__dirname}/../..`;
  const { PEMANDU_E2E: _e2e, PEMANDU_OUT_DIR: _out, ...env } = process.env;
  const build = (extra: Record<string, string>, args: string[]) => execFileSync('npx', ['wxt', 'build', ...args], { stdio: 'inherit', cwd, env: { ...env, ...extra } });
  for (const browser of [[], ['-b', 'firefox']]) {
    build({ PEMANDU_E2E: '1' }, browser);
    build({ PEMANDU_OUT_DIR: SHIP_DIR }, browser);
  }
}
