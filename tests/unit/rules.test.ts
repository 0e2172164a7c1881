import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agencies, agencyById, DEFAULT_AGENCY_ID } from '../../rules/agencies';
import { agencyTipParams } from '../../rules/contacts';
import { guideSteps } from '../../rules/guide';
import { pageRules } from '../../rules/index';
import { format } from '../../rules/locales';
import { en } from '../../rules/locales/en';
import { id } from '../../rules/locales/id';
import { AgencyProfile, GuideStep, PAGE_IDS, PageRule, StatusExplanation } from '../../rules/schema';
import { STATUS_CODES } from '../../rules/ids';
import { statusExplanations, unknownStatusExplanation } from '../../rules/statuses';

describe('rule registry (convention test)', () => {
  it('registers every file in rules/pages/, in guide order, once', () => {
    const files = readdirSync(join(__dirname, '../../rules/pages')).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(pageRules.map((r) => r.id).sort()).toEqual(files);
    expect(pageRules.map((r) => r.id)).toEqual([...PAGE_IDS]);
  });

  it.each(pageRules.map((r) => [r.id, r] as const))('%s parses with the PageRule schema', (_id, rule) => {
    const result = PageRule.safeParse(rule);
    expect(result.success, JSON.stringify(result.error?.issues, null, 2)).toBe(true);
  });

  it('rejects a malformed rule (the schema is not a rubber stamp)', () => {
    const broken = { ...pageRules[0]!, tips: [{ id: 'x', text: { id: 'hanya indonesia' } }] };
    expect(PageRule.safeParse(broken).success).toBe(false);
    expect(PageRule.safeParse({ ...pageRules[0]!, hosts: ['not a host'] }).success).toBe(false);
    expect(PageRule.safeParse({ ...pageRules[0]!, paths: ['no-leading-slash'] }).success).toBe(false);
  });

  it('has unique step ids, tip ids and guide steps within range', () => {
    for (const rule of pageRules) {
      const screens = [rule, ...(rule.steps ?? [])];
      const stepIds = (rule.steps ?? []).map((s) => s.id);
      expect(new Set(stepIds).size, rule.id).toBe(stepIds.length);
      for (const s of screens) {
        const tipIds = s.tips.map((t) => t.id);
        expect(new Set(tipIds).size, `${rule.id} tips`).toBe(tipIds.length);
        expect(s.guideStep).toBeLessThanOrEqual(guideSteps.length);
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
  it('registers every file in rules/agencies/ once, under its file name, Kota Magelang first (the default)', () => {
    const files = readdirSync(join(__dirname, '../../rules/agencies'))
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((f) => f !== 'index')
      .sort();
    expect(agencies.map((a) => a.id).sort()).toEqual(files);
    expect(new Set(agencies.map((a) => a.id)).size).toBe(agencies.length);
    expect(DEFAULT_AGENCY_ID).toBe('magelang');
    expect(agencies[0]!.id).toBe(DEFAULT_AGENCY_ID);
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
      expect(c.name.id, id).toMatch(/instansi Anda/);
    }
    expect(umum.contacts.persandian!.about.id).toMatch(/Diskominfo/);
    expect(umum.contacts.kepegawaian!.name.id).toMatch(/BKD.*BKPSDM/);
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
  });
});

describe('guide and locales', () => {
  it('guide steps parse and point at real pages', () => {
    for (const s of guideSteps) expect(GuideStep.safeParse(s).success, s.id).toBe(true);
    for (const rule of pageRules) {
      expect(guideSteps.some((s) => s.pages.includes(rule.id)), rule.id).toBe(true);
    }
  });
  it('UI copy has the same keys in id and en, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const [k, v] of [...Object.entries(id), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });
  it('UI copy uses the same placeholders in both locales', () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const k of Object.keys(id) as (keyof typeof id)[]) expect(ph(en[k]), k).toBe(ph(id[k]));
  });
});

describe('tips filled from the agency profile', () => {
  it('leaves no placeholder unfilled in any tip, for every agency and locale', () => {
    for (const agency of agencies)
      for (const locale of ['id', 'en'] as const) {
        const params = agencyTipParams(agency, locale);
        for (const rule of pageRules)
          for (const screen of [rule, ...(rule.steps ?? [])])
            for (const tip of screen.tips ?? []) expect(format(tip.text[locale], params), `${rule.id} ${tip.id} ${agency.id} ${locale}`).not.toMatch(/\{\w+\}/);
      }
  });
  it('names only the chosen agency’s email domains', () => {
    const tip = (agencyId: string) => {
      const rule = pageRules.find((r) => r.id === 'myasn-kontak-pribadi')!;
      const text = [rule, ...(rule.steps ?? [])].flatMap((s) => s.tips ?? []).find((x) => x.text.id.includes('{emailDinasExample}'))!.text.id;
      return format(text, agencyTipParams(agencyById(agencyId), 'id'));
    };
    expect(tip('magelang')).toContain('nama@pns.magelangkota.go.id untuk PNS, nama@asn.magelangkota.go.id untuk PPPK');
    expect(tip('umum')).toContain('domain .go.id instansi Anda');
    expect(tip('umum')).not.toContain('magelang');
  });
});
