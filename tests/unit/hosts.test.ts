// @vitest-environment happy-dom
/**
 * One content script per portal host, each carrying its host's kit (rules/hosts/<name>.ts, written
 * from the page rules by scripts/registry.mjs) and the parts its pages need, by plain imports: what
 * a host's script carries is exactly what its pages use, and with only that it reads its pages as
 * the whole rule set would.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldPart } from '../../platform/content/fieldPart';
import type { PartsFor } from '../../platform/content/parts';
import { statusPart } from '../../platform/content/statusPart';
import { readCertificate } from '../../rules/engine/certificate';
import { detect } from '../../rules/engine/detect';
import { takeSnapshot } from '../../rules/engine/snapshot';
import { FIELDS } from '../../rules/fields/registry';
import { GUIDE_STEP_IDS } from '../../rules/ids';
import { asndigital } from '../../rules/hosts/asndigital';
import { bsre } from '../../rules/hosts/bsre';
import type { HostKit } from '../../rules/hosts/kit';
import { myasn } from '../../rules/hosts/myasn';
import { matchesOf, PORTAL_MATCHES, PORTAL_NAMES, PORTALS, type PortalName } from '../../rules/hosts/portals';
import { sso } from '../../rules/hosts/sso';
import { pageRules } from '../../rules/index';
import { overlay as wholeWords } from '../../rules/locales/id/overlay';
import { statusExplanations, unknownStatusExplanation } from '../../rules/statuses';
import { pageExamples } from '../fixtures/cases';
import { detectAll } from '../fixtures/kit';
import { loadReplica } from '../fixtures/dom';

const ROOT = join(__dirname, '../..');
const KITS: Record<PortalName, HostKit> = { myasn, asndigital, sso, bsre };

// What each host's script must carry, worked out here from the page rules independently of the generator.
const rulesOf = (name: PortalName) => pageRules.filter((r) => r.hosts.includes(PORTALS[name].host));
const statusPage = (name: PortalName) => rulesOf(name).some((r) => r.status);
const screensOf = (name: PortalName) => rulesOf(name).flatMap((r) => [r, ...(r.steps ?? [])]);
const fieldsOf = (name: PortalName) => new Set(screensOf(name).flatMap((s) => s.fields.map((f) => f.field)));
/** The guide steps the overlay names on a host: its screens' and, where it reads a status, those the status explanations move to. */
const guideStepsOf = (name: PortalName) =>
  new Set([
    ...screensOf(name).map((s) => s.guideStep),
    ...(statusPage(name) ? [...Object.values(statusExplanations), unknownStatusExplanation].flatMap((e) => e.progress.map((p) => p.step)) : []),
  ]);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the portal hosts', () => {
  it('every page rule is on exactly one portal host, and each host has one content script matching it alone', () => {
    for (const r of pageRules) expect(PORTAL_NAMES.filter((n) => r.hosts.includes(PORTALS[n].host)), r.id).toHaveLength(1);
    expect([...PORTAL_MATCHES].sort()).toEqual(PORTAL_NAMES.map((n) => `https://${PORTALS[n].host}/*`).sort());
    for (const n of PORTAL_NAMES) expect(matchesOf(n)).toEqual([`https://${PORTALS[n].host}/*`]);
    const scripts = readdirSync(join(ROOT, 'entrypoints')).filter((f) => /\.content\.tsx?$|^content$/.test(f));
    expect(scripts.sort()).toEqual(PORTAL_NAMES.map((n) => `${n}.content.ts`).sort());
    for (const n of PORTAL_NAMES) expect(existsSync(join(ROOT, `rules/hosts/${n}.ts`)), n).toBe(true);
  });

  it('every page rule, field check and guide step of the overlay is carried by some host', () => {
    const kits = Object.values(KITS);
    expect(new Set(kits.flatMap((k) => k.pages))).toEqual(new Set(pageRules));
    const named = new Set(pageRules.flatMap((r) => [r, ...(r.steps ?? [])]).flatMap((s) => s.fields.map((f) => f.field)));
    expect(new Set(kits.flatMap((k) => Object.keys(k.fields)))).toEqual(named);
    expect(kits.filter((k) => k.statusPage)).toHaveLength(1);
  });

  it('a host whose pages check fields or read a status does not compile without that part, nor one that does not with it', () => {
    const needs: PartsFor<typeof myasn> = { fields: fieldPart, status: statusPart };
    // @ts-expect-error: myasn's pages read a status
    const noStatus: PartsFor<typeof myasn> = { fields: fieldPart };
    // @ts-expect-error: asndigital's page checks no field
    const extra: PartsFor<typeof asndigital> = { fields: fieldPart };
    expect([needs, noStatus, extra].every(Boolean)).toBe(true);
  });
});

describe.each(PORTAL_NAMES.map((n) => [n]))('%s: its kit', (name) => {
  const kit = KITS[name];

  it('is its own host', () => {
    expect(kit.name).toBe(name);
    expect(kit.statusPage).toBe(statusPage(name));
  });

  it('page rules: those of its host, the same objects, in the guide’s order', () => {
    const expected = rulesOf(name);
    expect(expected.length).toBeGreaterThan(0);
    expect([...kit.pages].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([...expected].sort((a, b) => (a.id < b.id ? -1 : 1)));
    kit.pages.forEach((r) => expect(pageRules).toContain(r));
    const at = (r: (typeof pageRules)[number]) => GUIDE_STEP_IDS.indexOf(r.guideStep);
    for (let i = 1; i < kit.pages.length; i++) expect(at(kit.pages[i]!)).toBeGreaterThanOrEqual(at(kit.pages[i - 1]!));
  });

  it('field checks: exactly the fields its pages’ screens name, the same objects', () => {
    expect(Object.keys(kit.fields).sort()).toEqual([...fieldsOf(name)].sort());
    for (const [id, def] of Object.entries(kit.fields)) expect(def).toBe(FIELDS[id as keyof typeof FIELDS]);
  });

  it('Indonesian words: its pages’, fields’ and guide steps’ only, the same objects as in the whole copy', () => {
    const own = kit.words;
    expect(Object.keys(own).sort()).toEqual(Object.keys(wholeWords).sort());
    // The UI words are the parts its pages need: hostWords.test.tsx.
    for (const part of ['fieldNames', 'contacts'] as const) expect(own[part], part).toBe(wholeWords[part]);
    const picked = { pages: rulesOf(name).map((r) => r.id), fields: [...fieldsOf(name)], guide: [...guideStepsOf(name)] };
    for (const [part, ids] of Object.entries(picked) as [keyof typeof picked, string[]][]) {
      expect(Object.keys(own[part]).sort(), part).toEqual([...ids].sort());
      for (const [id, w] of Object.entries(own[part])) expect(w, `${part}.${id}`).toBe((wholeWords[part] as Record<string, unknown>)[id]);
    }
    if (statusPage(name)) expect(own.statuses).toBe(wholeWords.statuses);
    else expect(own.statuses).toEqual({});
  });

  it('with its pages alone, reads each of its pages’ examples as the whole rule set does', () => {
    const own = pageExamples.filter((e) => kit.pages.some((r) => r.id === e.page)).flatMap((e) => e.examples);
    expect(own.length).toBeGreaterThan(0);
    for (const e of own) {
      loadReplica(e.url);
      const snap = takeSnapshot(document);
      const alone = detect(e.url, snap, { rules: kit.pages, ...(kit.statusPage ? { certificate: readCertificate } : {}) });
      expect(alone, e.name).toEqual(detectAll(e.url, snap));
    }
  });
});
