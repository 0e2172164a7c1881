/**
 * One content script per portal host (issue 11: what a portal page loads), with nothing per host kept
 * by hand (issue 10): the modules its build puts in the place of the whole registries are generated
 * from the rules (rules/hosts/registries.ts, wxt.config.ts). Each generated module is evaluated here,
 * as the build would bundle it, and checked against the whole registries: exactly what the host's
 * pages use, as the very same objects, under exactly the names the whole module exports.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIELDS } from '../../rules/fields/registry';
import { matchesOf, PORTAL_MATCHES, PORTAL_NAMES, PORTALS, type PortalName } from '../../rules/hosts';
import { hostContents, hostModules, hostWordsIn, STAND_INS } from '../../rules/hosts/registries';
import { SubmitGuard, type GuardHost } from '../../platform/content/guard';
import { detect } from '../../rules/engine/detect';
import { takeSnapshot } from '../../rules/engine/snapshot';
import { pageRules } from '../../rules/index';
import { pageExamples } from '../fixtures/cases';
import { loadReplica } from '../fixtures/dom';
import { overlay as enWords } from '../../rules/locales/en/overlay';
import { overlay as wholeWords } from '../../rules/locales/id/overlay';
import { statusExplanations, unknownStatusExplanation } from '../../rules/statuses';

const ROOT = join(__dirname, '../..');
const load = (path: string) => import(/* @vite-ignore */ path) as Promise<Record<string, unknown>>;

/**
 * Each generated module, written to a file of its own in WXT's generated folder (.wxt/, not committed;
 * the test runner imports files of the project only) and imported from there.
 */
mkdirSync(join(ROOT, '.wxt'), { recursive: true });
const OUT = mkdtempSync(join(ROOT, '.wxt', 'hosts-test-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));
const files = new Map(
  PORTAL_NAMES.flatMap((name) =>
    Object.entries(hostModules(name, ROOT)).map(([whole, source], i) => {
      const file = join(OUT, `${name}-${i}.js`);
      writeFileSync(file, source);
      return [`${name}/${whole}`, file] as const;
    }),
  ),
);
const evaluate = (name: PortalName, whole: string) => load(files.get(`${name}/${whole}`)!);

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

describe('the portal hosts', () => {
  it('every page rule is on exactly one portal host, and each host has one content script matching it alone', () => {
    for (const r of pageRules) expect(PORTAL_NAMES.filter((n) => r.hosts.includes(PORTALS[n].host)), r.id).toHaveLength(1);
    expect([...PORTAL_MATCHES].sort()).toEqual(PORTAL_NAMES.map((n) => `https://${PORTALS[n].host}/*`).sort());
    for (const n of PORTAL_NAMES) expect(matchesOf(n)).toEqual([`https://${PORTALS[n].host}/*`]);
    const scripts = readdirSync(join(ROOT, 'entrypoints')).filter((f) => /\.content\.tsx?$|^content$/.test(f));
    expect(scripts.sort()).toEqual([...PORTAL_NAMES.map((n) => `${n}.content.ts`)].sort());
    // platform/content/ holds the shared start and the controller, not an entrypoint of its own.
    expect(existsSync(join(ROOT, 'platform/content/index.ts'))).toBe(false);
  });

  it('every page rule, field check and guide step of the overlay is carried by some host (none is left out of every script)', () => {
    const all = PORTAL_NAMES.map(hostContents);
    expect(new Set(all.flatMap((c) => c.pages))).toEqual(new Set(pageRules));
    const named = new Set(pageRules.flatMap((r) => [r, ...(r.steps ?? [])]).flatMap((s) => s.fields.map((f) => f.field)));
    expect(new Set(all.flatMap((c) => c.fields))).toEqual(named);
    expect(all.filter((c) => c.statusPage)).toHaveLength(1);
  });

  it('nothing per host is kept by hand: rules/hosts/ holds the generator and the generic stand-ins only', () => {
    expect(readdirSync(join(ROOT, 'rules/hosts')).sort()).toEqual(['noField.ts', 'noStatus.ts', 'registries.ts']);
  });
});

describe.each(PORTAL_NAMES.map((n) => [n]))('%s: its generated registries', (name) => {
  const modules = hostModules(name, ROOT);

  it('take the place of the page rules, the field checks and the Indonesian words; of the status explanations, reader and card only without a status page; of the field finder, findings and submit guard only without a checked field', () => {
    const wholes = ['rules/index.ts', 'rules/fields/registry.ts', 'rules/locales/id/overlay.ts'];
    const statusOnes = ['rules/statusExplanations.ts', 'rules/engine/readStatus.ts', 'rules/engine/emailBsre.ts', 'rules/statuses.ts', 'components/StatusCard.tsx'];
    const guardOnes = ['platform/content/guard.ts', 'platform/content/guardCheck.ts', 'rules/engine/evaluate.ts', 'rules/engine/employee.ts', 'platform/content/fieldElements.ts', 'components/Findings.tsx', 'components/GuardSection.tsx', 'components/findingText.ts'];
    const expected = [...wholes, ...(statusPage(name) ? [] : statusOnes), ...(fieldsOf(name).size > 0 ? [] : guardOnes)];
    expect(Object.keys(modules).sort()).toEqual(expected.sort());
    expect(hostContents(name).statusPage).toBe(statusPage(name));
  });

  it('each exports exactly the names of the module it replaces', async () => {
    for (const whole of Object.keys(modules)) {
      expect(existsSync(join(ROOT, whole)), whole).toBe(true);
      expect(Object.keys(await evaluate(name, whole)).sort(), whole).toEqual(Object.keys(await load(join(ROOT, whole))).sort());
    }
  });

  it('imports each piece by a name its module exports (a wrong name fails here, not in the build)', async () => {
    for (const [whole, source] of Object.entries(modules))
      for (const [, from] of source.matchAll(/^export \* from "([^"]+)";$/gm)) expect(from, whole).toBe(`${ROOT.replace(/\\/g, '/')}/${whole}`);
    const lines = Object.values(modules).flatMap((source) => [...source.matchAll(/^(?:import|export) \{ ([^}]+) \} from "([^"]+)";$/gm)]);
    expect(lines.length).toBeGreaterThan(3);
    for (const [, names, from] of lines) {
      expect(from!.startsWith(`${ROOT.replace(/\\/g, '/')}/`), from).toBe(true);
      const exported = Object.keys(await load(from!));
      for (const n of names!.split(', ').map((s) => s.split(' as ')[0]!)) expect(exported, `${n} in ${from}`).toContain(n);
    }
  });

  it('page rules: those of its host, in the registry’s order, the same objects, and the lookup finds only those', async () => {
    const own = await evaluate(name, 'rules/index.ts');
    const expected = rulesOf(name);
    expect(expected.length).toBeGreaterThan(0);
    expect(own.pageRules).toHaveLength(expected.length);
    (own.pageRules as unknown[]).forEach((r, i) => expect(r).toBe(expected[i]));
    const byId = own.ruleById as (id: string | null | undefined) => unknown;
    for (const r of pageRules) expect(byId(r.id)).toBe(expected.includes(r) ? r : undefined);
    expect(byId(null)).toBeUndefined();
  });

  it('field checks: exactly the fields its pages’ screens name, the same objects', async () => {
    const own = await evaluate(name, 'rules/fields/registry.ts');
    const fields = own.FIELDS as Record<string, unknown>;
    expect(Object.keys(fields).sort()).toEqual([...fieldsOf(name)].sort());
    for (const [id, def] of Object.entries(fields)) expect(def).toBe(FIELDS[id as keyof typeof FIELDS]);
    expect(own.FIELD_IDS).toEqual(Object.keys(fields));
  });

  it('Indonesian words: its pages’, fields’ and guide steps’ only, the same objects as in the whole copy', async () => {
    const own = (await evaluate(name, 'rules/locales/id/overlay.ts')).overlay as typeof wholeWords;
    expect(Object.keys(own).sort()).toEqual(Object.keys(wholeWords).sort());
    for (const part of ['ui', 'fieldNames', 'contacts'] as const) expect(own[part], part).toBe(wholeWords[part]);
    const picked = { pages: rulesOf(name).map((r) => r.id), fields: [...fieldsOf(name)], guide: [...guideStepsOf(name)] };
    for (const [part, ids] of Object.entries(picked) as [keyof typeof picked, string[]][]) {
      expect(Object.keys(own[part]).sort(), part).toEqual([...ids].sort());
      for (const [id, w] of Object.entries(own[part])) expect(w, `${part}.${id}`).toBe((wholeWords[part] as Record<string, unknown>)[id]);
    }
    if (statusPage(name)) expect(own.statuses).toBe(wholeWords.statuses);
    else expect(own.statuses).toEqual({});
  });

  it('status explanations, reader and card only where a page reads a status', async () => {
    if (statusPage(name)) return;
    // Unreachable there: detect() reads a status and the "Email BSrE" line only for a rule with `status`,
    // so on each of the host's pages, even with a status written on it, none is read.
    const examples = pageExamples.filter((p) => rulesOf(name).some((r) => r.id === p.page)).flatMap((p) => p.examples);
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples) {
      loadReplica(e.url);
      for (const text of ['Status: ACTIVE', 'Email BSrE: nama@pns.magelangkota.go.id', 'Berlaku sampai 01-01-2030'])
        document.body.append(Object.assign(document.createElement('p'), { textContent: text }));
      const state = detect(e.url, takeSnapshot(document));
      expect([state.page, state.status, state.validity, state.emailBsre], e.name).toEqual([state.page, null, null, undefined]);
      expect(rulesOf(name).map((r) => r.id), e.name).toContain(state.page);
    }
    // Were they asked anyway: nothing, and no throw.
    const statuses = await evaluate(name, 'rules/statuses.ts');
    expect((statuses.explainStatusWithValidity as (c: string) => { next: unknown[] })('ACTIVE').next).toEqual([]);
    expect((statuses.nextSteps as (e: unknown) => unknown)({})).toEqual([]);
    expect(statuses.unknownStatusExplanation).toBe((await load(join(ROOT, 'rules/statuses.ts'))).unknownStatusExplanation);
    expect((await evaluate(name, 'rules/engine/emailBsre.ts')).readEmailBsre).toBeTypeOf('function');
    expect((await evaluate(name, 'components/StatusCard.tsx')).StatusCard).not.toBe((await load(join(ROOT, 'components/StatusCard.tsx'))).StatusCard);
    expect(((await evaluate(name, 'components/StatusCard.tsx')).StatusCard as (p: object) => unknown)({ code: 'ACTIVE' })).toBeNull();
    expect((await evaluate(name, 'rules/statusExplanations.ts')).statusExplanations).toEqual({});
    const own = await evaluate(name, 'rules/engine/readStatus.ts');
    const whole = await load(join(ROOT, 'rules/engine/readStatus.ts'));
    expect((own.readStatus as (t: string) => unknown)('Status: ACTIVE')).toBeNull();
    expect((own.readValidity as (...a: unknown[]) => unknown)('Berlaku sampai 01-01-2030', new Date(), 2, 60)).toBeNull();
    // A busy page's hint looks for no status value there (none is ever read); the real reader names its own.
    expect((own.statusValues as () => string[])()).toEqual([]);
    expect((whole.statusValues as () => string[])().length).toBeGreaterThan(3);
    // The constants other modules take from the reader's module are the real ones.
    expect(own.UNKNOWN_STATUS).toBe(whole.UNKNOWN_STATUS);
    expect(own.isPortalCode).toBe(whole.isPortalCode);
  });

  it('the submit guard only where a page checks a field; without one, a stand-in that lets everything through as the real guard would', async () => {
    if (fieldsOf(name).size > 0) return;
    const own = await evaluate(name, 'platform/content/guard.ts');
    const check = await evaluate(name, 'platform/content/guardCheck.ts');
    const whole = await load(join(ROOT, 'platform/content/guard.ts'));
    expect(own.SubmitGuard).not.toBe(whole.SubmitGuard);
    expect(own.submitWordOf).toBe(whole.submitWordOf);
    expect(check.ANYWAY).toBe((await load(join(ROOT, 'platform/content/guardCheck.ts'))).ANYWAY);
    expect((check.guardUnusable as (h: unknown, r: unknown) => unknown)(document.body, document.body)).toBe('unknown');
    // What the real guard does on a page with no checked field (no problem ever): nothing; the stand-in the same.
    const form = document.createElement('form');
    const button = Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Simpan' });
    form.append(button);
    document.body.append(form);
    for (const Guard of [SubmitGuard, own.SubmitGuard as typeof SubmitGuard]) {
      const shown: unknown[] = [];
      const host: GuardHost = { submitWord: () => 'Simpan', problems: () => [], show: (n) => (shown.push(n), true), isOwn: () => false, isPerson: () => true };
      const guard = new Guard(host);
      const click = new MouseEvent('click', { bubbles: true, cancelable: true });
      Object.defineProperty(click, 'target', { value: button });
      guard.onClick(click);
      const submit = new Event('submit', { bubbles: true, cancelable: true }) as SubmitEvent;
      Object.defineProperty(submit, 'target', { value: form });
      guard.onSubmit(submit);
      guard.activationEnded(new Event('keyup'));
      guard.release();
      expect([click.defaultPrevented, submit.defaultPrevented, shown]).toEqual([false, false, []]);
      // "Perbaiki dulu" is never offered (no notice is ever shown); were it pressed, no problem to name.
      expect(guard.dismiss()).toEqual([]);
    }
    form.remove();
  });

  it('without a checked field, the field finder, the checks and the findings do what the real ones do with no field', async () => {
    if (fieldsOf(name).size > 0) return;
    const real = {
      elements: await load(join(ROOT, 'platform/content/fieldElements.ts')),
      evaluate: await load(join(ROOT, 'rules/engine/evaluate.ts')),
      findings: await load(join(ROOT, 'components/Findings.tsx')),
    };
    const own = {
      elements: await evaluate(name, 'platform/content/fieldElements.ts'),
      evaluate: await evaluate(name, 'rules/engine/evaluate.ts'),
      findings: await evaluate(name, 'components/Findings.tsx'),
    };
    expect(own.elements.FieldElements).not.toBe(real.elements.FieldElements);
    expect(own.evaluate.isPlaceholderValue).toBe(real.evaluate.isPlaceholderValue);
    document.body.innerHTML = '<form><label>NIP <input name="nip" value="199001012015031001"></label><button>Simpan</button></form>';
    const input = document.querySelector('input')!;
    const ctx = { agency: { domains: [] }, mode: 'submit' };
    const seen = [real, own].map(({ elements, evaluate, findings }) => {
      type Elements = { refresh(f: unknown[]): void; fieldFor(el: Element): unknown; elements(): Map<unknown, unknown>; values(): Map<unknown, unknown> };
      const found = new (elements.FieldElements as new (d: Document) => Elements)(document);
      found.refresh([]);
      const evaluateScreen = evaluate.evaluateScreen as (f: unknown[], v: Map<unknown, unknown>, c: unknown) => unknown[];
      const Findings = findings.Findings as (p: object) => unknown;
      return [found.fieldFor(input), found.elements().size, found.values().size, evaluateScreen([], found.values(), ctx), Findings({ findings: [], locale: 'id', minLength: 8 })];
    });
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[0]).toEqual([null, 0, 0, [], null]);
    // PNS or PPPK, read from a NIP the page shows, only tells the field checks which rules apply:
    // the stand-in does not read it, and with no field the real checks' answer is the same either way.
    const employee = { real: await load(join(ROOT, 'rules/engine/employee.ts')), own: await evaluate(name, 'rules/engine/employee.ts') };
    const typeOf = (m: Record<string, unknown>) => (m.employeeTypeFromText as (t: string) => unknown)('NIP: 199001012015031002');
    expect([typeOf(employee.real), typeOf(employee.own)]).toEqual([expect.stringMatching(/^pns$/i), null]);
    const evaluateReal = real.evaluate.evaluateScreen as (f: unknown[], v: Map<unknown, unknown>, c: unknown) => unknown[];
    expect(evaluateReal([], new Map(), { ...ctx, employeeType: typeOf(employee.real) })).toEqual([]);
    expect((employee.own.employeeValues as () => string[])()).toEqual([]);
    document.body.innerHTML = '';
  });

  it('each stand-in export is one its real module and its stand-in both export', async () => {
    for (const [whole, { from, names }] of Object.entries(STAND_INS)) {
      const real = Object.keys(await load(join(ROOT, whole)));
      const standIn = Object.keys(await load(join(ROOT, from)));
      for (const n of names) expect([real.includes(n), standIn.includes(n)], `${n}: ${whole}, ${from}`).toEqual([true, true]);
    }
  });

  it('another language’s file for the host (copy/<host>/<lang>.json) has exactly the keys of its Indonesian words', async () => {
    const own = (await evaluate(name, 'rules/locales/id/overlay.ts')).overlay;
    expect(JSON.parse(JSON.stringify(hostWordsIn(name, wholeWords)))).toEqual(JSON.parse(JSON.stringify(own)));
    const keys = (o: unknown): unknown => (o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, keys(v)])) : typeof o);
    expect(keys(hostWordsIn(name, enWords))).toEqual(keys(own));
    expect(hostWordsIn(name, enWords).ui).toBe(enWords.ui);
    expect(JSON.stringify(hostWordsIn(name, enWords)).length).toBeLessThan(JSON.stringify(enWords).length);
  });
});
