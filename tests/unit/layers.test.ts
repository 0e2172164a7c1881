/**
 * Imports run one way, top to bottom: entrypoints/ → platform/ (the browser: storage, messages, the
 * content script's wiring) → components/ (Preact views of plain values) → rules/ (pure data and
 * logic). No module imports from a layer above its own, no import cycle anywhere (type-only imports
 * included: a cycle of types still ties two modules into one), no source module over 300 lines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const LAYERS = ['entrypoints', 'platform', 'components', 'rules'] as const;
const EXTENSIONS = ['.ts', '.tsx'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const sources = ['entrypoints', 'components', 'platform', 'rules'].flatMap((layer) => files(join(ROOT, layer)));
const rel = (path: string) => relative(ROOT, path).split('\\').join('/');

/** The project files a module imports (relative specifiers only; `?inline` and the like dropped). */
function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s([^'"]*?)from\s+['"](\.[^'"]+)['"]/g)) {
    const spec = m[2]!.replace(/\?.*$/, '');
    const base = resolve(dirname(path), spec);
    const hit = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => join(base, 'index' + e))].find((p) => sources.includes(p));
    if (hit) out.push(hit);
  }
  return out;
}

const graph = new Map(sources.map((s) => [s, importsOf(s)]));
const layerOf = (path: string) => LAYERS.findIndex((l) => rel(path) === l || rel(path).startsWith(`${l}/`));

describe('layers', () => {
  it('reads the import graph (the checks below are not vacuous)', () => {
    expect(graph.get(join(ROOT, 'platform/content/controller.ts'))!.map(rel)).toContain('components/viewModel.ts');
  });

  it('no module imports from a layer above its own', () => {
    const upward = [...graph].flatMap(([from, tos]) => tos.filter((to) => layerOf(to) < layerOf(from)).map((to) => `${rel(from)} → ${rel(to)}`));
    expect(upward).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles = new Set<string>();
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.add([...path.slice(path.indexOf(node)), node].map(rel).join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const s of sources) visit(s, []);
    expect([...cycles]).toEqual([]);
  });

  it('no source module is over 300 lines', () => {
    const long = sources.map((s) => [rel(s), readFileSync(s, 'utf8').split('\n').length] as const).filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });
});
