/**
 * Static guarantees of the project's own code: page-derived text is only ever rendered as text,
 * no code is evaluated from strings, and nothing talks to the network.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const DIRS = ['entrypoints', 'components', 'rules'];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx|js|mjs|html)$/.test(name)) out.push(p);
  }
  return out;
}

const files = DIRS.flatMap((d) => sources(join(ROOT, d))).map((p) => ({ path: relative(ROOT, p), text: readFileSync(p, 'utf8') }));

const FORBIDDEN: Array<[RegExp, string]> = [
  [/dangerouslySetInnerHTML/, 'renders HTML from a string'],
  [/\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/, 'writes HTML from a string'],
  [/\beval\s*\(|new Function\s*\(|setTimeout\s*\(\s*['"`]/, 'evaluates code from a string'],
  [/\bfetch\s*\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/, 'makes a network request'],
  [/https?:\/\/[^'"`\s]*\.(js|mjs)['"`]/, 'loads remote code'],
  [/localStorage|sessionStorage|indexedDB/, 'stores data in the page origin'],
];

describe('project code', () => {
  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  it.each(FORBIDDEN.map(([re, why]) => [why, re] as const))('never %s', (_why, re) => {
    const hits = files.filter((f) => re.test(f.text)).map((f) => f.path);
    expect(hits).toEqual([]);
  });
  it('logs nothing from the content script except behind a dev flag', () => {
    const content = files.filter((f) => f.path.startsWith('entrypoints/content') || f.path.startsWith('rules/'));
    for (const f of content) {
      for (const line of f.text.split('\n')) {
        if (/console\.(log|info|debug|warn|error)/.test(line)) expect(line, f.path).toMatch(/import\.meta\.env\?\.DEV/);
      }
    }
  });
});
