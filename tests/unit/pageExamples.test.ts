/**
 * Convention test for the detection examples beside each page rule
 * (rules/pages/<page-id>.examples.ts): every page rule has them, every examples file belongs to a
 * page rule and is gathered by tests/fixtures/cases.ts, and none of them reaches the extension.
 * That each example is detected as its page and as no other is tests/unit/detect.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageExamples } from '../../rules/examples';
import { PAGE_IDS } from '../../rules/ids';
import { pageRules } from '../../rules/index';
import { PAGE_EXAMPLES } from '../../rules/pages/examples';
import { cases, elsewhere, pageExamples } from '../fixtures/cases';

const ROOT = join(__dirname, '../..');
const PAGES = join(ROOT, 'rules/pages');
const pageFiles = [...PAGE_IDS];
const exampleFiles = Object.keys(PAGE_EXAMPLES);

describe('page examples (convention test)', () => {
  it('every page file in rules/pages/ has an examples sibling, and every examples file a page', () => {
    expect(pageFiles.length).toBeGreaterThan(0);
    expect(exampleFiles.sort()).toEqual([...pageFiles].sort());
  });

  it('every registered page has examples, gathered once in guide order', () => {
    expect(pageExamples.map((p) => p.page)).toEqual(pageRules.map((r) => r.id));
    for (const p of pageExamples) expect(p.examples.length, p.page).toBeGreaterThan(0);
  });

  it.each(exampleFiles.map((id) => [id] as const))('%s.examples.ts holds the examples of its own page, the ones the tests walk', async (id) => {
    const mod = (await import(join(PAGES, `${id}.examples.ts`))) as Record<string, unknown>;
    const exported = Object.values(mod).filter((v): v is PageExamples => typeof v === 'object' && v !== null && 'examples' in v);
    expect(exported.map((p) => p.page), 'one PageExamples export, named for its file').toEqual([id]);
    expect(pageExamples, 'listed in tests/fixtures/cases.ts').toContain(exported[0]);
  });

  it('names every example once, and states a step exactly on wizard pages and a status exactly on status pages', () => {
    const names = cases.map((c) => c.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(elsewhere.every((c) => c.expect.page === null)).toBe(true);
    for (const { page, examples } of pageExamples) {
      const rule = pageRules.find((r) => r.id === page)!;
      for (const e of examples) {
        expect(e.step !== undefined, `${e.name}: step`).toBe(Boolean(rule.steps));
        expect(e.status !== undefined, `${e.name}: status`).toBe(Boolean(rule.status));
        if (e.step) expect(rule.steps!.map((s) => s.id), e.name).toContain(e.step);
      }
    }
  });

  it('shows every wizard step at least once', () => {
    for (const { page, examples } of pageExamples) {
      const steps = pageRules.find((r) => r.id === page)!.steps?.map((s) => s.id) ?? [];
      for (const step of steps) expect(examples.map((e) => e.step), `${page} ${step}`).toContain(step);
    }
  });
});

/** Relative imports of a source or HTML file (the project imports its own modules only relatively). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = file.endsWith('.html')
    ? [...text.matchAll(/<script[^>]*\bsrc="(\.[^"]+)"/g)].map((m) => m[1]!)
    : [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => {
    const base = resolve(dirname(file), s.replace(/\?.*$/, ''));
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((p) => existsSync(p) && statSync(p).isFile());
    if (!found) throw new Error(`${relative(ROOT, file)}: cannot resolve ${s}`);
    return found;
  });
}

/** Every project file reachable by imports from the given files. */
function reachable(starts: string[]): string[] {
  const seen = new Set<string>();
  const todo = [...starts];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    if (/\.(ts|tsx|html)$/.test(f)) todo.push(...importsOf(f));
  }
  return [...seen].map((f) => relative(ROOT, f));
}

function entrypoints(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? entrypoints(p) : /\.(ts|tsx|html)$/.test(name) ? [p] : [];
  });
}

describe('examples are test data', () => {
  const isExamples = (f: string) => f.endsWith('.examples.ts') || f === 'rules/examples.ts';

  it('nothing the extension is built from imports them', () => {
    const built = reachable(entrypoints(join(ROOT, 'entrypoints')));
    expect(built).toContain('rules/index.ts');
    expect(built).toContain('rules/engine/detect.ts');
    expect(built.filter(isExamples)).toEqual([]);
  });

  it('the import walk does find them from where the tests gather them', () => {
    const fromCases = reachable([join(ROOT, 'tests/fixtures/cases.ts')]);
    expect(fromCases.filter(isExamples).sort()).toEqual([...exampleFiles.map((id) => `rules/pages/${id}.examples.ts`), 'rules/examples.ts'].sort());
  });
});
