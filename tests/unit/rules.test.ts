import { describe, expect, it } from 'vitest';
import { agencies, agencyById, DEFAULT_AGENCY_ID } from '../../rules/agencies';
import { agencyTipParams } from '../../rules/contacts';
import { guidePosition, guideSteps } from '../../rules/guide';
import { AGENCIES } from '../../rules/agencies/registry';
import { GUIDE_STEP_IDS } from '../../rules/ids';
import { pageRules } from '../../rules/index';
import { PAGES } from '../../rules/pages/registry';
import { copy, format, guideWords, screenTitle, statusWords, tipText, type Locale } from '../../rules/locales';
import { AgencyProfile, GuideStep, PAGE_IDS, PageRule, StatusExplanation } from '../../rules/schema';
import { STATUS_CODES } from '../../rules/ids';
import { statusExplanations, unknownStatusExplanation } from '../../rules/statuses';

describe('rule registry (convention test)', () => {
  it('holds every listed page once, in guide order (scripts/registry.mjs lists the files)', () => {
    expect(pageRules.map((r) => r.id).sort()).toEqual([...PAGE_IDS].sort());
    const at = (r: (typeof pageRules)[number]) => GUIDE_STEP_IDS.indexOf(r.guideStep);
    for (let i = 1; i < pageRules.length; i++) expect(at(pageRules[i]!)).toBeGreaterThanOrEqual(at(pageRules[i - 1]!));
    for (const [id, r] of Object.entries(PAGES)) expect(r.id, id).toBe(id);
  });

  it.each(pageRules.map((r) => [r.id, r] as const))('%s parses with the PageRule schema', (_id, rule) => {
    const result = PageRule.safeParse(rule);
    expect(result.success, JSON.stringify(result.error?.issues, null, 2)).toBe(true);
  });

  it('rejects a malformed rule (the schema is not a rubber stamp)', () => {
    expect(PageRule.safeParse({ ...pageRules[0]!, tips: [{ id: 'Bukan Slug', source: 'advice' }] }).success).toBe(false);
    // A guide step is named by its id, never by its position.
    expect(PageRule.safeParse({ ...pageRules[0]!, guideStep: 4 }).success).toBe(false);
    expect(PageRule.safeParse({ ...pageRules[0]!, guideStep: 'langkah-baru' }).success).toBe(false);
    expect(PageRule.safeParse({ ...pageRules[0]!, hosts: ['not a host'] }).success).toBe(false);
    expect(PageRule.safeParse({ ...pageRules[0]!, paths: ['no-leading-slash'] }).success).toBe(false);
  });

  it('has unique step ids, tip ids and guide steps that exist', () => {
    for (const rule of pageRules) {
      const screens = [rule, ...(rule.steps ?? [])];
      const stepIds = (rule.steps ?? []).map((s) => s.id);
      expect(new Set(stepIds).size, rule.id).toBe(stepIds.length);
      for (const s of screens) {
        const tipIds = s.tips.map((t) => t.id);
        expect(new Set(tipIds).size, `${rule.id} tips`).toBe(tipIds.length);
        expect(GUIDE_STEP_IDS, `${rule.id} guideStep`).toContain(s.guideStep);
      }
    }
  });

  it('uses the step ids of the test contract', () => {
    const steps = (id: string) => pageRules.find((r) => r.id === id)?.steps?.map((s) => s.id);
    expect(steps('bsre-aktivasi')).toEqual(['data-diri', 'data-kedinasan', 'foto-diri', 'berhasil']);
    expect(steps('bsre-passphrase')).toEqual(['cek-profil', 'foto-diri', 'buat-passphrase', 'berhasil']);
  });
});

describe('status explanations', () => {
  it.each(STATUS_CODES.map((c) => [c]))('%s is explained and parses', (code) => {
    const e = statusExplanations[code];
    expect(StatusExplanation.safeParse(e).success).toBe(true);
    expect(e.next.length).toBeGreaterThan(0);
    expect(e.contacts.length).toBeGreaterThan(0);
  });
  it('covers at least the statuses the portals are known to show', () => {
    for (const code of ['NOT_REGISTERED', 'ACTIVE', 'EXPIRED', 'REVOKE', 'SUSPEND', 'RENEW', 'WAITING_FOR_VERIFICATION', 'NEW', 'ISSUE', 'NO_CERTIFICATE', 'DENIED']) {
      expect(STATUS_CODES).toContain(code);
    }
    expect(StatusExplanation.safeParse(unknownStatusExplanation).success).toBe(true);
  });
  it('every status and page contact exists in every agency profile', () => {
    for (const agency of agencies) {
      expect(AgencyProfile.safeParse(agency).success).toBe(true);
      const used = [...Object.values(statusExplanations).flatMap((e) => e.contacts), ...pageRules.flatMap((r) => r.contacts)];
      for (const c of used) expect(agency.contacts[c], `${agency.id} lacks ${c}`).toBeDefined();
    }
  });
});

describe('agency profiles', () => {
  it('holds every listed profile once, under its file name; the generic profile is the default and comes last', () => {
    expect(agencies.map((a) => a.id).sort()).toEqual(Object.keys(AGENCIES).sort());
    for (const [id, a] of Object.entries(AGENCIES)) expect(a.id, id).toBe(id);
    expect(new Set(agencies.map((a) => a.id)).size).toBe(agencies.length);
    expect(DEFAULT_AGENCY_ID).toBe('umum');
    expect(agencies[agencies.length - 1]!.id).toBe(DEFAULT_AGENCY_ID);
    expect(agencyById('nowhere').id).toBe(DEFAULT_AGENCY_ID);
  });

  it.each(agencies.map((a) => [a.id, a] as const))('%s parses with the AgencyProfile schema', (_id, agency) => {
    const result = AgencyProfile.safeParse(agency);
    expect(result.success, JSON.stringify(result.error?.issues, null, 2)).toBe(true);
  });

  it('has a generic profile for any other agency: .go.id suffix, no webmail, no made-up numbers', () => {
    const umum = agencyById('umum');
    expect(umum.id).toBe('umum');
    expect(umum.emailDomainMatch).toBe('suffix');
    expect(umum.emailDomains).toEqual({ pns: 'go.id', pppk: 'go.id' });
    expect(umum.webmail).toBeUndefined();
    for (const id of ['email-dinas', 'persandian', 'kepegawaian'] as const) {
      const c = umum.contacts[id]!;
      expect([c.phone, c.whatsapp, c.email, c.url, c.telegram], id).toEqual([undefined, undefined, undefined, undefined, undefined]);
      expect(c.name?.id, id).toMatch(/instansi Anda/);
    }
    expect(umum.contacts.persandian!.about?.id).toMatch(/Diskominfo/);
    expect(umum.contacts.kepegawaian!.name?.id).toMatch(/BKPSDM.*BKD/);
    expect(umum.contacts['helpdesk-bkn']).toEqual(agencyById('magelang').contacts['helpdesk-bkn']);
    expect(umum.contacts.bsre?.telegram).toBe('@infobsre');
  });

  it('rejects a malformed profile (the schema is not a rubber stamp)', () => {
    const magelang = agencyById('magelang');
    const umum = agencyById('umum');
    expect(AgencyProfile.safeParse({ ...umum, emailDomains: { pns: 'go.id', pppk: 'ac.id' } }).success).toBe(false);
    expect(AgencyProfile.safeParse({ ...magelang, emailDomainMatch: 'prefix' }).success).toBe(false);
    expect(AgencyProfile.safeParse({ ...magelang, emailDomainMatch: 'exact' }).success).toBe(true);
    expect(AgencyProfile.safeParse({ ...magelang, emailDomains: { pns: '.go.id', pppk: 'go.id' } }).success).toBe(false);
    expect(AgencyProfile.safeParse({ ...magelang, id: 'kota-magelang' }).success).toBe(false);
    expect(AgencyProfile.safeParse({ ...umum, contacts: { ...umum.contacts, persandian: { ...umum.contacts.persandian, phone: 'tanya atasan' } } }).success).toBe(false);
    // Only a national desk may leave its words to the copy; an agency's own desk names itself.
    const { name: _name, ...unnamed } = umum.contacts.persandian!;
    expect(AgencyProfile.safeParse({ ...umum, contacts: { ...umum.contacts, persandian: unnamed } }).success).toBe(false);
    expect(umum.contacts.bsre?.name).toBeUndefined();
    expect(AgencyProfile.safeParse(umum).success).toBe(true);
  });
});

const LOCALES: readonly Locale[] = ['id', 'en'];

describe('the guide, by step id', () => {
  it('guide steps parse and are listed in the order of GUIDE_STEP_IDS; every page names one of them', () => {
    for (const s of guideSteps) expect(GuideStep.safeParse(s).success, s.id).toBe(true);
    expect(guideSteps.map((s) => s.id)).toEqual([...GUIDE_STEP_IDS]);
    for (const rule of pageRules) expect(GUIDE_STEP_IDS, rule.id).toContain(rule.guideStep);
  });
  it('computes a step\'s position from the list ("Langkah 4 dari 10")', () => {
    expect(guidePosition('persiapan')).toBe(1);
    expect(guidePosition('cek-status')).toBe(4);
    expect(guidePosition('terbit')).toBe(GUIDE_STEP_IDS.length);
    expect(GUIDE_STEP_IDS.map(guidePosition)).toEqual(GUIDE_STEP_IDS.map((_, i) => i + 1));
  });
  it('puts the guide\'s pages and wizard steps at their place in the guide (a new page adds to these)', () => {
    const positions = Object.fromEntries(
      pageRules.flatMap((r) => [[r.id, guidePosition(r.guideStep)], ...(r.steps ?? []).map((st) => [`${r.id}/${st.id}`, guidePosition(st.guideStep)])]),
    );
    expect(positions).toMatchObject({
      'sso-login': 2,
      'sso-login/masuk': 2,
      'sso-login/otp': 2,
      'asndigital-layanan': 3,
      'myasn-dashboard': 3,
      'myasn-layanan': 3,
      'myasn-sertifikat': 4,
      'myasn-kontak-pribadi': 5,
      'myasn-kontak-pribadi/form': 5,
      'myasn-kontak-pribadi/konfirmasi': 5,
      'myasn-kontak-pribadi/email-aktif': 6,
      'bsre-aktivasi': 8,
      'bsre-aktivasi/data-diri': 8,
      'bsre-aktivasi/data-kedinasan': 8,
      'bsre-aktivasi/foto-diri': 8,
      'bsre-aktivasi/berhasil': 9,
      'bsre-passphrase': 9,
      'bsre-passphrase/cek-profil': 9,
      'bsre-passphrase/foto-diri': 9,
      'bsre-passphrase/buat-passphrase': 9,
      'bsre-passphrase/berhasil': 10,
    });
  });
});

describe('every tip, status and guide step has its words in both languages (convention test)', () => {
  it.each(LOCALES.map((l) => [l]))('%s: every page, wizard step and tip', (locale) => {
    for (const rule of pageRules) {
      expect(screenTitle(locale, rule.id), rule.id).not.toBe('');
      for (const tip of rule.tips) expect(tipText(locale, rule.id, null, tip.id), `${rule.id}/${tip.id}`).not.toBe('');
      for (const step of rule.steps ?? []) {
        expect((copy[locale].pages as Record<string, { steps?: Record<string, { title: string }> }>)[rule.id]?.steps?.[step.id]?.title, `${rule.id}/${step.id}`).toBeTruthy();
        for (const tip of step.tips) expect(tipText(locale, rule.id, step.id, tip.id), `${rule.id}/${step.id}/${tip.id}`).not.toBe('');
      }
    }
  });
  it.each(LOCALES.map((l) => [l]))('%s: no words for a page, step or tip the rules do not have (nothing orphaned)', (locale) => {
    const pages = copy[locale].pages as Record<string, { tips?: Record<string, string>; steps?: Record<string, { tips?: Record<string, string> }> }>;
    expect(Object.keys(pages).sort()).toEqual(pageRules.map((r) => r.id).sort());
    for (const rule of pageRules) {
      const words = pages[rule.id]!;
      expect(Object.keys(words.tips ?? {}), rule.id).toEqual(rule.tips.map((t) => t.id));
      expect(Object.keys(words.steps ?? {}), rule.id).toEqual((rule.steps ?? []).map((s) => s.id));
      for (const step of rule.steps ?? []) expect(Object.keys(words.steps![step.id]!.tips ?? {}), `${rule.id}/${step.id}`).toEqual(step.tips.map((t) => t.id));
    }
  });
  it.each(LOCALES.map((l) => [l]))('%s: every status explanation and each of its next steps, and nothing else', (locale) => {
    const explanations = [...new Set([...Object.values(statusExplanations), unknownStatusExplanation])];
    for (const e of explanations) {
      const words = statusWords(locale, e.id);
      expect(words.title, e.id).not.toBe('');
      expect(words.meaning, e.id).not.toBe('');
      expect(Object.keys(words.next).sort(), e.id).toEqual(e.next.map((n) => n.id).sort());
    }
    expect(Object.keys(copy[locale].statuses).sort()).toEqual(explanations.map((e) => e.id).sort());
  });
  it.each(LOCALES.map((l) => [l]))('%s: every guide step, and nothing else', (locale) => {
    for (const id of GUIDE_STEP_IDS) {
      expect(guideWords(locale, id).title, id).not.toBe('');
      expect(guideWords(locale, id).detail, id).not.toBe('');
    }
    expect(Object.keys(copy[locale].guide)).toEqual([...GUIDE_STEP_IDS]);
  });
  it('status explanation ids are unique (ACTIVE and ISSUE share one explanation)', () => {
    const byId = new Map<string, unknown>();
    for (const e of [...Object.values(statusExplanations), unknownStatusExplanation]) {
      if (byId.has(e.id)) expect(byId.get(e.id), e.id).toBe(e);
      byId.set(e.id, e);
    }
    expect(statusExplanations.ISSUE).toBe(statusExplanations.ACTIVE);
  });
  it('a lookup of words that do not exist gives an empty string, never an exception', () => {
    expect(screenTitle('id', 'no-such-page')).toBe('');
    expect(tipText('en', 'sso-login', null, 'no-such-tip')).toBe('');
    expect(statusWords('id', 'no-such-status').title).toBe('');
    expect(guideWords('en', 'no-such-step').title).toBe('');
  });
});

describe('tips filled from the agency profile', () => {
  it('leaves no placeholder unfilled in any tip, for every agency and locale', () => {
    for (const agency of agencies)
      for (const locale of ['id', 'en'] as const) {
        const params = agencyTipParams(agency, locale);
        for (const rule of pageRules)
          for (const screen of [rule, ...(rule.steps ?? [])])
            for (const tip of screen.tips ?? [])
              expect(format(tipText(locale, rule.id, screen === rule ? null : (screen as { id: string }).id, tip.id), params), `${rule.id} ${tip.id} ${agency.id} ${locale}`).not.toMatch(/\{\w+\}/);
      }
  });
  it('names only the chosen agency’s email domains', () => {
    const tip = (agencyId: string) => {
      const rule = pageRules.find((r) => r.id === 'myasn-kontak-pribadi')!;
      const text = (rule.steps ?? []).flatMap((s) => s.tips.map((x) => tipText('id', rule.id, s.id, x.id))).find((x) => x.includes('{emailDinasExample}'))!;
      return format(text, agencyTipParams(agencyById(agencyId), 'id'));
    };
    expect(tip('magelang')).toContain('nama@pns.magelangkota.go.id untuk PNS, nama@asn.magelangkota.go.id untuk PPPK');
    expect(tip('umum')).toContain('biasanya berakhiran .go.id');
    expect(tip('umum')).not.toContain('magelang');
    expect(format('{emailDinasExample}', agencyTipParams(agencyById('magelang'), 'en'))).toBe('e.g. name@pns.magelangkota.go.id for PNS, name@asn.magelangkota.go.id for PPPK');
    expect(format('{emailDinasExample}', agencyTipParams(agencyById('umum'), 'en'))).toBe("an address on your agency's own domain, which usually ends in .go.id");
  });
});
