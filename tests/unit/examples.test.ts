/**
 * Each field check, status explanation and agency profile says of its own examples what they say it
 * does (rules/<kind>/<id>.examples.ts, beside each file). Page examples are walked by the detection
 * tests (tests/fixtures/cases.ts).
 */
import { describe, expect, it } from 'vitest';
import { agencies, agencyById, agencyShown } from '../../rules/agencies';
import { AGENCY_EXAMPLES } from '../../rules/agencies/examples';
import { readStatus } from '../../rules/engine/readStatus';
import { validateEmailDinas } from '../../rules/fields/email-dinas';
import { FIELD_EXAMPLES } from '../../rules/fields/examples';
import { FIELDS } from '../../rules/fields/registry';
import type { FieldCheck } from '../../rules/fields/define';
import { STATUS_EXAMPLES } from '../../rules/statuses/examples';
import { STATUSES } from '../../rules/statuses/registry';

describe.each(Object.entries(FIELD_EXAMPLES))('field %s: its examples', (id, examples) => {
  const def = FIELDS[id as keyof typeof FIELDS];

  it('are judged as they say, with reasons the check lists', () => {
    expect(examples.length).toBeGreaterThan(1);
    expect(examples.some((e) => e.verdict === 'ok') && examples.some((e) => e.verdict !== 'ok'), 'one right and one wrong value at least').toBe(true);
    for (const e of examples) {
      const check: FieldCheck = { rule: { labels: [] }, agency: agencyById(e.agency ?? 'umum'), mode: 'typing', textOf: (f) => e.others?.[f] ?? '' };
      const got = typeof e.value === 'string' ? def.validate!(e.value, check) : def.validateBoxes!(e.value.checked, e.value.total, check);
      expect({ verdict: got.verdict, reason: got.reason }, JSON.stringify(e.value)).toEqual({ verdict: e.verdict, reason: e.reason });
    }
  });
});

describe.each(Object.entries(STATUS_EXAMPLES))('status %s: its examples', (id, examples) => {
  const explanation = STATUSES[id as keyof typeof STATUSES];

  it('read as one of its codes (the fallback: as no known code)', () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples) {
      expect(readStatus(e.text, 'Status'), e.text).toBe(e.status);
      if (explanation.codes.length) expect(explanation.codes as readonly string[], e.text).toContain(e.status);
      else expect(Object.values(STATUSES).some((s) => (s.codes as readonly string[]).includes(e.status)), e.text).toBe(false);
    }
    for (const code of explanation.codes) expect(examples.map((e) => e.status), code).toContain(code);
  });
});

describe.each(Object.entries(AGENCY_EXAMPLES))('agency %s: its examples', (id, examples) => {
  const profile = agencyById(id);

  it('its "Instansi Kerja" names offer it on the certificate page, and no other profile', () => {
    expect(profile.id).toBe(id);
    for (const name of examples.instansiKerja) expect(agencyShown(`Instansi Kerja : ${name}\nJabatan`, agencies), name).toBe(id);
    for (const other of agencies.filter((a) => a.id !== id)) for (const name of AGENCY_EXAMPLES[other.id as keyof typeof AGENCY_EXAMPLES].instansiKerja) expect(agencyShown(`Instansi Kerja: ${name}`, agencies) === id, name).toBe(false);
  });

  it('its work email addresses are judged as they say under it', () => {
    expect(examples.emailDinas.some((e) => e.verdict === 'ok') && examples.emailDinas.some((e) => e.verdict === 'error')).toBe(true);
    for (const e of examples.emailDinas) {
      const got = validateEmailDinas(e.value, profile, e.employeeType ? { employeeType: e.employeeType } : {});
      expect({ verdict: got.verdict, reason: got.reason }, e.value).toEqual({ verdict: e.verdict, reason: e.reason });
    }
  });
});
