/**
 * The phone check against Google's phone metadata (libphonenumber-js, a dev dependency only) as an
 * oracle: no number it calls a valid Indonesian mobile (nomor-hp) or mobile / landline
 * (nomor-telepon) ever gets 'error', and 'ok' is said only of numbers it calls valid. The prefix
 * table the check uses is generated from the same metadata (scripts/phone-prefixes.mjs) and must be
 * up to date; the library itself never reaches the extension.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { validatePhone, type PhoneKind } from '../../../rules/fields/phone';

const ROOT = join(__dirname, '../../..');

type Oracle = 'mobile' | 'landline' | 'other';
/** What the metadata says of a national number (leading 0). */
function oracle(national: string): Oracle {
  const p = parsePhoneNumberFromString(national, 'ID');
  if (!p || !p.isValid() || p.country !== 'ID') return 'other';
  const t = p.getType();
  return t === 'MOBILE' ? 'mobile' : t === 'FIXED_LINE' || t === 'FIXED_LINE_OR_MOBILE' ? 'landline' : 'other';
}

const acceptable = (kind: PhoneKind, o: Oracle) => o === 'mobile' || (kind === 'nomor-telepon' && o === 'landline');

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
/** Any national number an Indonesian might type: 0, a first digit 2–9, 6–12 more digits. */
const nationalArb = fc.tuple(fc.constantFrom(...'23456789'), digits(6, 12)).map(([a, rest]) => `0${a}${rest}`);
/** Mobile-looking numbers: 08 + any digit + 7–10 digits (10–13 with the 0), as in the issue. */
const mobileLikeArb = fc.tuple(fc.constantFrom(...'0123456789'), digits(7, 10)).map(([a, rest]) => `08${a}${rest}`);
const kindArb = fc.constantFrom<PhoneKind>('nomor-hp', 'nomor-telepon');

describe('phone check vs the libphonenumber metadata (oracle)', () => {
  it('never says error for a number the metadata calls valid, in any spelling or behind a +62 box', () => {
    fc.assert(
      fc.property(fc.oneof(nationalArb, mobileLikeArb), kindArb, (national, kind) => {
        if (!acceptable(kind, oracle(national))) return;
        const nsn = national.slice(1);
        for (const [value, prefix] of [[national], ['+62' + nsn], ['62 ' + nsn], [nsn, '+62'], [national, '+62'], ['+62' + nsn, '+62']] as const) {
          const f = validatePhone(value, kind, prefix ? { prefix } : {});
          expect(f.verdict, `${kind} ${value} ${prefix ?? ''}: ${f.reason}`).not.toBe('error');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('says ok only of numbers the metadata calls valid, and of every one it calls valid', () => {
    fc.assert(
      fc.property(fc.oneof(nationalArb, mobileLikeArb), kindArb, (national, kind) => {
        const f = validatePhone(national, kind);
        expect(f.verdict === 'ok', `${kind} ${national}: ${f.reason}`).toBe(acceptable(kind, oracle(national)));
      }),
      { numRuns: 3000 },
    );
  });

  it('of 30,000 random 08… numbers, none the metadata calls invalid is ok, and an unused prefix is only a warning', () => {
    const sample = fc.sample(mobileLikeArb, { numRuns: 30_000, seed: 20260119 });
    let invalid = 0;
    for (const national of sample) {
      const f = validatePhone(national, 'nomor-hp');
      if (oracle(national) === 'mobile') {
        expect(f.verdict, national).toBe('ok');
        continue;
      }
      invalid++;
      expect(f.verdict, national).not.toBe('ok');
      // 084x: unallocated today, may be allocated tomorrow. 080x: toll-free / premium, never WhatsApp.
      if (national.startsWith('084')) expect(f).toMatchObject({ verdict: 'warn', reason: 'unknownPrefix' });
      if (national.startsWith('080')) expect(f).toMatchObject({ verdict: 'error', reason: 'notMobile' });
    }
    // About a fifth of them (080x and 084x): the case the issue counted.
    expect(invalid).toBeGreaterThan(5000);
  });
});

describe('the generated prefix table', () => {
  it('is what scripts/phone-prefixes.mjs makes from the installed metadata (regenerate when this fails)', () => {
    const fresh = execFileSync(process.execPath, [join(ROOT, 'scripts/phone-prefixes.mjs'), '--print'], { encoding: 'utf8' });
    expect(readFileSync(join(ROOT, 'rules/fields/phonePrefixes.ts'), 'utf8')).toBe(fresh);
  });

  it('names the metadata version it came from', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/libphonenumber-js/package.json'), 'utf8')).version as string;
    expect(readFileSync(join(ROOT, 'rules/fields/phonePrefixes.ts'), 'utf8')).toContain(`libphonenumber-js\n * ${version} `);
  });

  it('libphonenumber-js is a dev dependency only, imported by no extension code', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.dependencies?.['libphonenumber-js']).toBeUndefined();
    expect(pkg.devDependencies['libphonenumber-js']).toBeTruthy();
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx|js|mjs)$/.test(name)) files.push(p);
      }
    };
    for (const dir of ['rules', 'entrypoints', 'components', 'platform']) walk(join(ROOT, dir));
    expect(files.length).toBeGreaterThan(20);
    const importers = files.filter((f) => /from\s+['"]libphonenumber-js|import\(\s*['"]libphonenumber-js|require\(\s*['"]libphonenumber-js/.test(readFileSync(f, 'utf8')));
    expect(importers).toEqual([]);
  });
});
