/**
 * What each portal host's content script bundles: the walker follows run-time imports (`import type`
 * skipped) from its entrypoint, as the bundler does (the bench measures the bytes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORTAL_NAMES } from '../../rules/hosts/portals';
import { copy, LOCALES, type OverlayCopy } from '../../rules/locales';
import { overlayCopy } from '../../rules/locales/overlay';

const root = join(__dirname, '../..');

/** Project files reached through run-time imports, and the packages they import. */
function runtimeGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const src = readFileSync(join(root, file), 'utf8');
    for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?from\s+)?'([^']+)'/gm)) {
      const spec = m[1]!;
      if (!spec.startsWith('.')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
        continue;
      }
      const base = join(dirname(file), spec.replace(/\?.*$/, ''));
      const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((c) => /\.(tsx?|css)$/.test(c) && existsSync(join(root, c)));
      if (found && !found.endsWith('.css')) visit(found);
    }
  };
  visit(entry);
  return { files, packages };
}

const WHOLE = ['rules/index.ts', 'rules/pages/registry.ts', 'rules/fields/registry.ts', 'rules/fields/index.ts', 'rules/locales/id/overlay.ts', 'rules/locales/all.ts'];
const STATUS_ONLY = ['rules/statuses/index.ts', 'rules/engine/readStatus.ts', 'rules/engine/certificate.ts', 'components/StatusCard.tsx', 'components/AgencyOffer.tsx'];
const FIELDS_ONLY = ['platform/content/fieldWork.ts', 'platform/content/guard.ts', 'rules/engine/evaluate.ts', 'rules/engine/employee.ts', 'components/Findings.tsx', 'components/GuardSection.tsx'];

describe.each(PORTAL_NAMES.map((n) => [n]))('the content script of %s stays light', (name) => {
  const { files, packages } = runtimeGraph(`entrypoints/${name}.content.ts`);

  it('reaches the overlay, its kit and the settings (the walker works)', () => {
    expect(files.has('rules/engine/detect.ts')).toBe(true);
    expect(files.has('components/Panel.tsx')).toBe(true);
    expect(files.has(`rules/hosts/${name}.ts`)).toBe(true);
    expect(packages.has('preact')).toBe(true);
  });

  it('bundles no whole registry: only its kit, by plain imports', () => {
    expect(WHOLE.filter((f) => files.has(f))).toEqual([]);
    const otherKits = PORTAL_NAMES.filter((n) => n !== name).map((n) => `rules/hosts/${n}.ts`);
    expect(otherKits.filter((f) => files.has(f))).toEqual([]);
  });

  it('carries the status part only with a certificate page, the field part only where a page checks a field', async () => {
    const kit = (await import(`../../rules/hosts/${name}.ts`))[name] as { statusPage: boolean; fields: object };
    expect(STATUS_ONLY.filter((f) => files.has(f))).toEqual(kit.statusPage ? STATUS_ONLY : []);
    expect(FIELDS_ONLY.filter((f) => files.has(f))).toEqual(Object.keys(kit.fields).length ? FIELDS_ONLY : []);
  });

  it('bundles no zod: rule data is checked by the unit tests, not on every portal page', () => {
    expect(packages.has('zod')).toBe(false);
    expect(files.has('rules/schema.ts')).toBe(false);
    // Guide section titles are for the provenance test and the extension pages.
    expect(files.has('rules/sources.ts')).toBe(false);
  });

  it('writes no help code itself: the background does when "Salin kode bantuan" is clicked (platform/helpCodeMessage.ts)', () => {
    expect(files.has('platform/helpCodeMessage.ts')).toBe(true);
    expect([...files].filter((f) => f.startsWith('rules/helpCode/'))).toEqual([]);
    expect(files.has('platform/helpCodeAnswer.ts')).toBe(false);
  });

  it("carries only the overlay's words: none of the extension pages' (helpdesk, popup / guide / options, Profil instansi)", () => {
    expect(files.has('rules/locales/overlay.ts')).toBe(true);
    expect(files.has('rules/locales/index.ts')).toBe(false);
    const pagesWords = [...files].filter((f) => /^rules\/locales\/\w+\/(helpdesk|extPages|agencyPage|store)\.ts$/.test(f));
    expect(pagesWords).toEqual([]);
  });
});

describe("the overlay's words are the copy's", () => {
  it.each(LOCALES.map((l) => [l]))('%s: each part of its overlay.ts is the same object as in the whole copy', async (locale) => {
    const own: OverlayCopy = (await import(`../../rules/locales/${locale}/overlay.ts`)).overlay;
    expect(Object.keys(own).sort()).toEqual(['contacts', 'fieldNames', 'fields', 'guide', 'pages', 'statuses', 'ui']);
    for (const [part, value] of Object.entries(own)) expect(value, part).toBe(copy[locale][part as keyof typeof own]);
  });

  it('the extension pages (rules/locales/index.ts) give the overlay every language', () => {
    for (const l of LOCALES) expect(overlayCopy[l]).toBe(copy[l]);
  });
});
