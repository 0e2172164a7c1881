/**
 * Convention test: every sentence the overlay states as fact has a source (rules/sources.ts), and
 * text marked as advice claims nothing that would need one: no URL, phone number, duration or
 * count of days. Sources must exist: a guide section's opening words in the guide's OCR text, a
 * facts entry's lead word in the guide README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agencies } from '../../rules/agencies';
import { nationalContacts } from '../../rules/contacts';
import { guideSteps } from '../../rules/guide';
import { pageRules } from '../../rules/index';
import { deskWords, guideWords, loc, statusWords, tipText, type Locale } from '../../rules/locales';
import { Contact, GuideStep, Source, StatusExplanation, Tip } from '../../rules/schema';
import { FACT_SOURCES, GUIDE_SOURCES, POLICY, SOURCES, UI } from '../../rules/sources';
import { FIELD_SOURCES } from '../../rules/fields/sources';
import { UI_SOURCES } from '../../rules/locales/uiSources';
import { copy } from '../../rules/locales';
import type { FieldId } from '../../rules/fields/types';
import { parseAgencyPolicy } from '../../rules/agencyPolicy';
import { statusExplanations, unknownStatusExplanation } from '../../rules/statuses';

/** The guide and the facts file, copied into the project so a clean clone checks its sources alone. */
const GUIDE_DIR = join(__dirname, '../../docs/guide');
const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

interface Sourced {
  where: string;
  source: string | undefined;
  texts: string[];
}

const LOCALES: readonly Locale[] = ['id', 'en'];
const inBoth = (words: (locale: Locale) => string | undefined): string[] => LOCALES.map((l) => words(l) ?? '');

/**
 * Every piece of rule copy that states something, with its source: the data's source joined with
 * its words from the language folders (rules/locales/<lang>/), looked up by the data's ids.
 */
function allSourced(): Sourced[] {
  const out: Sourced[] = [];
  for (const rule of pageRules) {
    for (const tip of rule.tips) out.push({ where: `tip ${rule.id}/${tip.id}`, source: tip.source, texts: inBoth((l) => tipText(l, rule.id, null, tip.id)) });
    for (const step of rule.steps ?? [])
      for (const tip of step.tips)
        out.push({ where: `tip ${rule.id}/${step.id}/${tip.id}`, source: tip.source, texts: inBoth((l) => tipText(l, rule.id, step.id, tip.id)) });
  }
  for (const [code, e] of [...Object.entries(statusExplanations), ['UNKNOWN', unknownStatusExplanation] as const]) {
    out.push({ where: `status ${code}`, source: e.source, texts: inBoth((l) => `${statusWords(l, e.id).title}. ${statusWords(l, e.id).meaning}`) });
    for (const n of e.next) out.push({ where: `status ${code} next ${n.id}`, source: n.source, texts: inBoth((l) => statusWords(l, e.id).next[n.id]) });
  }
  for (const agency of agencies)
    for (const [id, c] of Object.entries(agency.contacts)) {
      // A national desk without words of its own is worded in the copy.
      const name = (l: Locale) => (c.name ? loc(l, c.name) : deskWords(l, id)?.name);
      const about = (l: Locale) => (c.about ? loc(l, c.about) : deskWords(l, id)?.about);
      out.push({ where: `contact ${agency.id}/${id}`, source: c.source, texts: [...inBoth(name), ...inBoth(about)] });
    }
  for (const s of guideSteps)
    out.push({ where: `guide step ${s.id}`, source: s.source, texts: inBoth((l) => `${guideWords(l, s.id).title}. ${guideWords(l, s.id).detail}`) });
  for (const [field, reasons] of Object.entries(FIELD_SOURCES) as [FieldId, Record<string, string>][])
    for (const [reason, source] of Object.entries(reasons))
      out.push({ where: `field ${field}.${reason}`, source, texts: inBoth((l) => (copy[l].fields[field] as Record<string, string>)[reason]) });
  for (const [key, source] of Object.entries(UI_SOURCES)) out.push({ where: `ui ${key}`, source, texts: inBoth((l) => copy[l].ui[key as keyof typeof UI_SOURCES]) });
  for (const agency of agencies)
    for (const [key, name] of Object.entries(agency.names)) out.push({ where: `agency name ${agency.id}/${key}`, source: name.source, texts: [name.id, name.en] });
  return out;
}

const NUMBER_WORDS =
  'satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|seratus|beberapa|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few';
const UNITS = 'detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|minutes?|hours?|days?|weeks?|months?|years?';

/** Why a text marked as advice claims too much; empty when it is fine. */
function adviceProblems(text: string): string[] {
  const problems: string[] = [];
  if (/https?:\/\/|www\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:go\.id|co\.id|ac\.id|or\.id|com|org|net|id)\b/i.test(text)) problems.push('URL or domain');
  if (/\+?\d[\d\s().-]{5,}\d/.test(text)) problems.push('phone number');
  if (new RegExp(`(?:\\d+|\\b(?:${NUMBER_WORDS}))[\\s-]*(?:${UNITS})\\b`, 'i').test(text)) problems.push('duration');
  if (/hari kerja|working days?|business days?/i.test(text)) problems.push('count of days');
  if (/@[A-Za-z0-9_]{3,}/.test(text)) problems.push('handle or address');
  return problems;
}

describe('provenance of rule copy', () => {
  const sourced = allSourced();

  it('covers every kind of copy (the collector is not empty)', () => {
    for (const kind of ['tip', 'status', 'contact', 'guide step']) expect(sourced.some((s) => s.where.startsWith(kind)), kind).toBe(true);
  });

  it('every field reason, overlay UI string and agency name has its source (the collector covers them)', () => {
    for (const kind of ['field ', 'ui ', 'agency name ']) expect(sourced.some((s) => s.where.startsWith(kind)), kind).toBe(true);
    expect(sourced.filter((s) => s.where.startsWith('ui ')).length).toBe(Object.keys(copy.id.ui).length);
  });

  it('found the words of everything it collected, in both languages', () => {
    const empty = sourced.filter((s) => s.texts.some((t) => t.trim() === '' || t.startsWith('. ') || t.endsWith('. '))).map((s) => s.where);
    expect(empty).toEqual([]);
  });

  it.each(sourced.map((s) => [s.where, s] as const))('%s has a known source', (_where, s) => {
    // Interface words may say only that they are the panel's own; nothing else may.
    const uiWords = s.where.startsWith('ui ') && s.source === UI;
    expect(uiWords || Source.safeParse(s.source).success, `${s.where}: source ${String(s.source)}`).toBe(true);
    // 'policy' is an agency's own statement in its browser policy, never built-in copy.
    expect(s.source, s.where).not.toBe(POLICY);
  });

  it("a profile from an agency's policy: its own desks carry the source 'policy', the rest keep theirs", () => {
    const r = parseAgencyPolicy({ id: 'kabx', name: 'Kabupaten X', helpDesks: [{ topic: 'persandian', unit: 'Persandian X', phone: '(0298) 123456' }] });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.profile.contacts.persandian.source).toBe(POLICY);
    for (const [id, c] of Object.entries(r.profile.contacts)) {
      expect(Contact.safeParse(c).success, id).toBe(true);
      if (id !== 'persandian') expect(c.source, id).not.toBe(POLICY);
    }
  });

  it('advice and interface words state no URL, phone number, duration or count of days', () => {
    const bad = sourced.filter((s) => s.source === 'advice' || s.source === UI).flatMap((s) => s.texts.map((t) => [s.where, t, adviceProblems(t)] as const)).filter(([, , p]) => p.length > 0);
    expect(bad).toEqual([]);
  });

  it('the advice checker catches what it should (it can fail)', () => {
    expect(adviceProblems('Jika lebih dari 3 hari kerja, hubungi persandian.')).toEqual(expect.arrayContaining(['duration', 'count of days']));
    expect(adviceProblems('Tunggu 1 hari kerja lalu cek lagi.')).toContain('duration');
    expect(adviceProblems('Kode berganti setiap 30 detik.')).toContain('duration');
    expect(adviceProblems('Wait two weeks.')).toContain('duration');
    expect(adviceProblems('Tunggu satu bulan.')).toContain('duration');
    expect(adviceProblems('Lapor di https://helpdesk.bkn.go.id/')).toContain('URL or domain');
    expect(adviceProblems('Buka helpdesk.bkn.go.id')).toContain('URL or domain');
    expect(adviceProblems('Hubungi +62 822-8173-4545.')).toContain('phone number');
    expect(adviceProblems('Telepon (0293) 363695.')).toContain('phone number');
    expect(adviceProblems('Tanyakan kepada {tteDesk}. Periksa juga folder Spam.')).toEqual([]);
  });

  it('a tip, status, contact or guide step without a source does not parse (the schema is not a rubber stamp)', () => {
    const tip = pageRules[0]!.tips[0]!;
    expect(Tip.safeParse(tip).success).toBe(true);
    expect(Tip.safeParse({ ...tip, source: undefined }).success).toBe(false);
    expect(Tip.safeParse({ ...tip, source: 'guide:Z.99' }).success).toBe(false);
    const e = statusExplanations.EXPIRED;
    expect(StatusExplanation.safeParse({ ...e, source: undefined }).success).toBe(false);
    expect(StatusExplanation.safeParse({ ...e, next: [{ id: 'x' }] }).success).toBe(false);
    expect(Contact.safeParse({ ...nationalContacts.bsre, source: undefined }).success).toBe(false);
    expect(GuideStep.safeParse({ ...guideSteps[0]!, source: undefined }).success).toBe(false);
  });
});

describe('the sources themselves', () => {
  it('have unique ids and a description each', () => {
    const ids = SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SOURCES) expect(s.about.length, s.id).toBeGreaterThan(5);
  });

  it("every guide section's opening words are in the guide's OCR text", () => {
    const ocr = squash(readFileSync(join(GUIDE_DIR, '000_b4beb2d835d6b1b6.txt'), 'utf8'));
    const missing = GUIDE_SOURCES.filter((s) => !ocr.includes(squash(s.heading))).map((s) => s.id);
    expect(missing).toEqual([]);
    // The check can fail: a made-up section is not found.
    expect(ocr.includes(squash('13. Tunggu 1 hari kerja'))).toBe(false);
  });

  it('every facts entry is a bold lead word in the guide README', () => {
    const readme = readFileSync(join(GUIDE_DIR, 'README.md'), 'utf8');
    const facts = readme.slice(readme.indexOf('## Facts from public sources'));
    for (const s of FACT_SOURCES) expect(facts, s.id).toContain(`**${s.heading}**`);
  });

  it('every source is used, so the list says what the copy rests on', () => {
    const used = new Set(allSourced().map((s) => s.source));
    const unused = SOURCES.map((s) => s.id).filter((id) => !used.has(id));
    // Sections the overlay has nothing to say about (yet) are listed here on purpose.
    expect(unused.sort()).toEqual(
      [
        'facts:signing-errors',
        'guide:A',
        'guide:B',
        'guide:D.3',
        'guide:D.4',
        'guide:E',
        'guide:E.11',
        'guide:E.3',
        'guide:E.4',
        'guide:F.5',
        'guide:F.7',
        'guide:F.passphrase.5',
        'guide:F.passphrase.8',
        'guide:G',
      ].sort(),
    );
  });
});

/** Values for the placeholders findings and the panel fill in (counts, dates, a button), as the generic profile would. */
const SAMPLE = { domains: 'go.id', domain: 'go.id', expected: 'go.id', type: 'PNS', count: 15, min: 10, max: 13, minYear: 2019, maxYear: 2027, missing: 1, total: 2, date: '14 Januari 2028', days: 400, code: 'ACTIVE', n: 4, button: 'Simpan', name: 'Pemerintah Kota Contoh' };

describe('agency-specific names', () => {
  it('the generic profile names no Magelang desk anywhere in its rule copy', async () => {
    const { agencyTipParams } = await import('../../rules/contacts');
    const { format } = await import('../../rules/locales');
    const umum = agencies.find((a) => a.id === 'umum')!;
    for (const locale of ['id', 'en'] as const) {
      const params = { ...SAMPLE, ...agencyTipParams(umum, locale) };
      const texts = [...allSourced().filter((s) => !/^(contact|agency name) magelang/.test(s.where)).flatMap((s) => s.texts), ...Object.values(params).map(String)];
      for (const t of texts) {
        const shown = format(t, params);
        expect(shown, t).not.toMatch(/Statistik dan Persandian|Statistics and Cryptography|Magelang|Diskominsta/i);
        expect(shown, t).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
