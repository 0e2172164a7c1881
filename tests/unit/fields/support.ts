/** Shared arbitraries and invariants for the field-validator tests (not a test file itself). */
import fc from 'fast-check';
import { expect } from 'vitest';
import { daysInMonth } from '../../../rules/fields/normalize';
import { PROVINCE_CODES } from '../../../rules/fields/provinces';
import { FIELD_IDS, FIELDS } from '../../../rules/fields';
import type { Finding, PassphrasePolicy } from '../../../rules/fields/types';
import { copy } from '../../../rules/locales';
import { policy, textNumbers } from '../../../rules/policy';

/** A fixed "today" so NIP plausibility tests do not drift with the calendar (the guide's date). */
export const TODAY = new Date(2026, 0, 19);

/** The guide's passphrase policy, from the rule data (rules/policy.ts), not a copy of it. */
export const POLICY: PassphrasePolicy = policy.passphrase;

export const AGENCY = { emailDomains: { pns: 'pns.magelangkota.go.id', pppk: 'asn.magelangkota.go.id' } };

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Characters that stress the validators: digits, separators, invisible marks, look-alike digits. */
const TRICKY = [...'0123456789', ' ', '-', '.', '+', '(', ')', '@', 'a', 'Z', 'O', '\u00A0', '\u200B', '\u200F', '\uFEFF', '\u202E', '\uFF11', '\u0661', '\u0967', 'é', '😀', '\t', '\n'];

/** Any input a user (or a paste) could produce, including huge ones. */
export const anyInput: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...TRICKY), minLength: 240, maxLength: 600 }),
);

const PLACEHOLDER = /\{(\w+)\}/g;

/** The field copy of each language folder (rules/locales/<lang>/fields.ts), through the public API. */
export const FIELD_COPY = { id: { fields: copy.id.fields, fieldNames: copy.id.fieldNames }, en: { fields: copy.en.fields, fieldNames: copy.en.fieldNames } };

/** The invariants every finding keeps, whatever the input. */
export function expectWellFormed(f: Finding): void {
  expect(FIELD_IDS).toContain(f.field);
  expect(['ok', 'warn', 'error']).toContain(f.verdict);
  // The help code's schema (rules/helpCode/schema.ts) accepts only these characters.
  expect(f.reason).toMatch(/^[A-Za-z0-9.-]{1,60}$/);
  // The reason is one of the reasons its field's file lists.
  const key: string = f.reason;
  expect(FIELDS[f.field].reasons as readonly string[], `${f.reason} is one of the reasons of ${f.field}`).toContain(key);
  for (const locale of ['id', 'en'] as const) {
    const message = (FIELD_COPY[locale].fields[f.field] as Record<string, string | undefined>)[key];
    expect(message, `${locale} message for ${f.reason}`).toBeTruthy();
    for (const [, name] of message!.matchAll(PLACEHOLDER)) {
      // The rule data's numbers ({nikLength} …) are filled by format() itself.
      if (name! in textNumbers) continue;
      expect(f.params, `${f.reason} needs param ${name}`).toHaveProperty(name!);
    }
  }
  for (const v of Object.values(f.params ?? {})) expect(['string', 'number']).toContain(typeof v);
}

/** Params never carry what was typed (inputs shorter than 4 say too little), and nothing else can. */
export function expectNoEcho(f: Finding, input: string): void {
  expect(f).not.toHaveProperty('suggestion');
  if (input.length < 4) return;
  for (const v of Object.values(f.params ?? {})) expect(String(v).includes(input)).toBe(false);
}

export interface NikParts {
  province: string;
  regency: number;
  district: number;
  day: number;
  month: number;
  yy: number;
  female: boolean;
  serial: number;
}

export const nikPartsArb: fc.Arbitrary<NikParts> = fc
  .record({
    province: fc.constantFrom(...Object.keys(PROVINCE_CODES)),
    regency: fc.integer({ min: 1, max: 99 }),
    district: fc.integer({ min: 1, max: 99 }),
    yy: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    female: fc.boolean(),
    serial: fc.integer({ min: 1, max: 9999 }),
  })
  .map(({ dayFraction, ...p }) => {
    const maxDay = Math.max(daysInMonth(1900 + p.yy, p.month), daysInMonth(2000 + p.yy, p.month));
    return { ...p, day: 1 + Math.floor(dayFraction * maxDay) };
  });

export function nikFrom(p: NikParts): string {
  return p.province + pad(p.regency, 2) + pad(p.district, 2) + pad(p.female ? p.day + 40 : p.day, 2) + pad(p.month, 2) + pad(p.yy, 2) + pad(p.serial, 4);
}

export const validNikArb = nikPartsArb.map(nikFrom);

const birthArb = (minYear: number, maxYear: number) =>
  fc
    .record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }), dayFraction: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }) })
    .map(({ year, month, dayFraction }) => ({ year, month, day: 1 + Math.floor(dayFraction * daysInMonth(year, month)) }));

const ymd = (b: { year: number; month: number; day: number }) => `${b.year}${pad(b.month, 2)}${pad(b.day, 2)}`;

/** PNS NIPs that are plausible on TODAY: TMT 18–59 years after birth and not after next year. */
export const validPnsNipArb = fc
  .record({ birth: birthArb(1950, 2005), age: fc.integer({ min: 18, max: 59 }), tmtMonth: fc.integer({ min: 1, max: 12 }), gender: fc.constantFrom(1, 2), serial: fc.integer({ min: 1, max: 999 }) })
  .filter(({ birth, age }) => birth.year + age <= TODAY.getFullYear() + 1)
  .map(({ birth, age, tmtMonth, gender, serial }) => ymd(birth) + (birth.year + age) + pad(tmtMonth, 2) + gender + pad(serial, 3));

/** NI PPPK numbers plausible on TODAY: appointed 2019 or later, aged 18–64 at appointment. */
export const validPppkNipArb = fc
  .record({ birth: birthArb(1960, 2005), year: fc.integer({ min: 2019, max: TODAY.getFullYear() + 1 }), contracts: fc.integer({ min: 1, max: 9 }), gender: fc.constantFrom(1, 2), serial: fc.integer({ min: 1, max: 999 }) })
  .filter(({ birth, year }) => year - birth.year >= 18 && year - birth.year <= 64)
  .map(({ birth, year, contracts, gender, serial }) => ymd(birth) + year + '2' + contracts + gender + pad(serial, 3));

/** Groups a digit string the way people copy it: "3308 0112…", "3308-0112-…", "3308.0112.…". */
export function grouped(digits: string, sep: string, size = 4): string {
  const parts: string[] = [];
  for (let i = 0; i < digits.length; i += size) parts.push(digits.slice(i, i + size));
  return parts.join(sep);
}
