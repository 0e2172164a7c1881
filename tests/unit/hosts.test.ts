/**
 * One content script per portal host (issue 11: what a portal page loads): each host's registry
 * modules (rules/hosts/<name>/), which its content script's build puts in the place of the whole
 * registries (rules/hosts.ts, wxt.config.ts), hold exactly what that host's pages use, as the very
 * same objects, and export everything the module they replace exports.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../rules/fields/registry';
import { hostRegistries, matchesOf, PORTAL_MATCHES, PORTAL_NAMES, PORTALS, type PortalName } from '../../rules/hosts';
import { hostWordsIn } from '../../rules/hosts/otherLanguages';
import { pageRules } from '../../rules/index';
import { overlay as enWords } from '../../rules/locales/en/overlay';
import { overlay as wholeWords } from '../../rules/locales/id/overlay';
import { statusExplanations, unknownStatusExplanation } from '../../rules/statuses';

const ROOT = join(__dirname, '../..');
const load = (path: string) => import(/* @vite-ignore */ join(ROOT, path)) as Promise<Record<string, unknown>>;
const rulesOf = (name: PortalName) => pageRules.filter((r) => r.hosts.includes(PORTALS[name].host));
/** The guide steps the overlay names on a host: its screens' and, where it reads a status, every status explanation's. */
const guideStepsOf = (name: PortalName) =>
  new Set([
    ...rulesOf(name).flatMap((r) => [r.guideStep, ...(r.steps ?? []).map((s) => s.guideStep)]),
    ...(PORTALS[name].statusPage ? [...Object.values(statusExplanations), unknownStatusExplanation].map((e) => e.guideStep) : []),
  ]);
const fieldsOf = (name: PortalName) => new Set(rulesOf(name).flatMap((r) => [r, ...(r.steps ?? [])].flatMap((s) => s.fields.map((f) => f.field))));

describe('the portal hosts', () => {
  it('every page rule is on exactly one portal host, and each host has one content script matching it alone', () => {
    for (const r of pageRules) expect(PORTAL_NAMES.filter((n) => r.hosts.includes(PORTALS[n].host)), r.id).toHaveLength(1);
    expect([...PORTAL_MATCHES].sort()).toEqual(PORTAL_NAMES.map((n) => `https://${PORTALS[n].host}/*`).sort());
    for (const n of PORTAL_NAMES) expect(matchesOf(n)).toEqual([`https://${PORTALS[n].host}/*`]);
    const scripts = readdirSync(join(ROOT, 'entrypoints')).filter((f) => /\.content\.tsx?$|^content$/.test(f));
    expect(scripts.sort()).toEqual(['content', ...PORTAL_NAMES.map((n) => `${n}.content.ts`)].sort());
    // entrypoints/content/ holds the shared start and the controller, not an entrypoint of its own.
    expect(existsSync(join(ROOT, 'entrypoints/content/index.ts'))).toBe(false);
  });
});

describe.each(PORTAL_NAMES.map((n) => [n]))('%s: its own registry', (name) => {

  it('page rules: those of its host, in the registry’s order, the same objects', async () => {
    const own = await load(`rules/hosts/${name}/pages.ts`);
    expect(own.pageRules).toEqual(rulesOf(name));
    (own.pageRules as unknown[]).forEach((r, i) => expect(r).toBe(rulesOf(name)[i]));
    const byId = own.ruleById as (id: string) => unknown;
    for (const r of pageRules) expect(byId(r.id)).toBe(r.hosts.includes(PORTALS[name].host) ? r : undefined);
    expect(rulesOf(name).length).toBeGreaterThan(0);
  });

  it('field checks: exactly the fields its pages show, the same objects', async () => {
    const own = (await load(`rules/hosts/${name}/fields.ts`)).FIELDS as Record<string, unknown>;
    expect(Object.keys(own).sort()).toEqual([...fieldsOf(name)].sort());
    for (const [id, def] of Object.entries(own)) expect(def).toBe(FIELDS[id as keyof typeof FIELDS]);
  });

  it('status explanations only where a page reads a status', async () => {
    expect(PORTALS[name].statusPage).toBe(rulesOf(name).some((r) => r.status));
    const swapped = hostRegistries(name)['rules/statusExplanations.ts'];
    const reader = hostRegistries(name)['rules/engine/readStatus.ts'];
    if (PORTALS[name].statusPage) {
      expect(swapped).toBeUndefined();
      expect(reader).toBeUndefined();
    } else {
      expect((await load(swapped!)).statusExplanations).toEqual({});
      // No status reader either; the two constants other modules take from it are the real ones.
      const own = await load(reader!);
      const whole = await load('rules/engine/readStatus.ts');
      expect((own.readStatus as (t: string) => unknown)('Status: ACTIVE')).toBeNull();
      expect(own.UNKNOWN_STATUS).toBe(whole.UNKNOWN_STATUS);
      expect(own.isPortalCode).toBe(whole.isPortalCode);
    }
  });

  it('Indonesian words: its pages’ and fields’ only, the same objects as in the whole copy', async () => {
    const own = (await load(`rules/hosts/${name}/words.ts`)).overlay as typeof wholeWords;
    expect(Object.keys(own).sort()).toEqual(Object.keys(wholeWords).sort());
    for (const part of ['ui', 'fieldNames', 'contacts'] as const) expect(own[part], part).toBe(wholeWords[part]);
    expect(Object.keys(own.guide).sort()).toEqual([...guideStepsOf(name)].sort());
    for (const [id, w] of Object.entries(own.guide)) expect(w).toBe(wholeWords.guide[id as keyof typeof wholeWords.guide]);
    expect(Object.keys(own.pages).sort()).toEqual(rulesOf(name).map((r) => r.id).sort());
    for (const [id, w] of Object.entries(own.pages)) expect(w).toBe(wholeWords.pages[id as keyof typeof wholeWords.pages]);
    expect(Object.keys(own.fields).sort()).toEqual([...fieldsOf(name)].sort());
    for (const [id, w] of Object.entries(own.fields)) expect(w).toBe(wholeWords.fields[id as keyof typeof wholeWords.fields]);
    if (PORTALS[name].statusPage) expect(own.statuses).toBe(wholeWords.statuses);
    else expect(own.statuses).toEqual({});
  });

  it('another language’s file for the host (copy/<host>/<lang>.json) has exactly the keys of its Indonesian words', async () => {
    const own = (await load(`rules/hosts/${name}/words.ts`)).overlay;
    expect(JSON.parse(JSON.stringify(hostWordsIn(name, wholeWords)))).toEqual(JSON.parse(JSON.stringify(own)));
    const keys = (o: unknown): unknown => (o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, keys(v)])) : typeof o);
    expect(keys(hostWordsIn(name, enWords))).toEqual(keys(own));
    expect(JSON.stringify(hostWordsIn(name, enWords)).length).toBeLessThan(JSON.stringify(enWords).length);
  });

  it('each module exports at least what the whole registry it replaces exports', async () => {
    for (const [whole, own] of Object.entries(hostRegistries(name))) {
      expect(existsSync(join(ROOT, whole)), whole).toBe(true);
      const ownKeys = Object.keys(await load(own));
      expect(Object.keys(await load(whole)).filter((k) => !ownKeys.includes(k)), `${own} for ${whole}`).toEqual([]);
    }
  });
});
