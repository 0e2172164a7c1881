/**
 * Static guarantees of the project's own code and of everything else the extension ships (the
 * replica portal pages and their scripts, bundled for the helpdesk page's reproductions):
 * page-derived text is only ever rendered as text, no code is evaluated from strings, and nothing
 * talks to the network.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const DIRS = ['entrypoints', 'components', 'platform', 'rules'];
/** Shipped as they are from public/ (replicas/ and replica-assets/). */
const SHIPPED_REPLICAS = ['public/replica-assets', 'public/replicas'];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx|js|mjs|html)$/.test(name)) out.push(p);
  }
  return out;
}

const files = [...DIRS, ...SHIPPED_REPLICAS].flatMap((d) => sources(join(ROOT, d))).map((p) => ({ path: relative(ROOT, p), text: readFileSync(p, 'utf8') }));

/** Every way to turn a string into markup: assignment (also `+=`, `['innerHTML']`) and the parsing APIs. */
const WRITES_HTML =
  /\.(?:inner|outer)HTML\s*\+?=(?!=)|\[\s*['"`](?:inner|outer)HTML['"`]\s*\]|insertAdjacentHTML|setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment|document\s*\.\s*write(?:ln)?\b/;

const NETWORK = /\bfetch\s*\((?!browser\.runtime\.getURL\()|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/;

const FORBIDDEN: Array<[RegExp, string]> = [
  [/dangerouslySetInnerHTML/, 'renders HTML from a string'],
  [WRITES_HTML, 'writes HTML from a string'],
  [/\beval\s*\(|new Function\s*\(|setTimeout\s*\(\s*['"`]/, 'evaluates code from a string'],
  // The one fetch allowed reads a file of the extension itself (the content script's other languages).
  [NETWORK, 'makes a network request'],
  [/https?:\/\/[^'"`\s]*\.(js|mjs)['"`]/, 'loads remote code'],
  [/localStorage|sessionStorage|indexedDB/, 'stores data in the page origin'],
];

describe('project code', () => {
  it('has sources to check, the shipped replica assets included', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const f of ['public/replica-assets/myasn.js', 'public/replica-assets/wizard.js', 'public/replicas/myasn.html']) expect(files.map((x) => x.path)).toContain(f);
  });
  it('the HTML rule catches every way of writing markup, and not reading it', () => {
    const bad = [
      'app.innerHTML = view();',
      'app.innerHTML=view()',
      'app.innerHTML += row;',
      "app['innerHTML'] = x;",
      'app["outerHTML"] = x;',
      'el.outerHTML = x;',
      "el.insertAdjacentHTML('beforeend', x);",
      'el.setHTMLUnsafe(x);',
      'Document.parseHTMLUnsafe(x);',
      'range.createContextualFragment(x);',
      'document.write(x);',
      'document.writeln(x);',
    ];
    for (const line of bad) expect(WRITES_HTML.test(line), line).toBe(true);
    for (const line of ['el.textContent = x;', 'const html = el.innerHTML;', 'if (el.innerHTML === x) y();', 'el.replaceChildren(frag);']) expect(WRITES_HTML.test(line), line).toBe(false);
  });
  it('the network rule lets through only a fetch of a file of the extension', () => {
    for (const line of ['fetch(url)', 'await fetch (`https://x.go.id/${a}`)', 'fetch(new URL(browser.runtime.getURL(p)), { mode })', 'new XMLHttpRequest()']) expect(NETWORK.test(line), line).toBe(true);
    expect(NETWORK.test("await fetch(browser.runtime.getURL(`/${languageFile(locale)}` as '/'))")).toBe(false);
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
