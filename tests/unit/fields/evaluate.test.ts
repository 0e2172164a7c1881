/**
 * evaluateScreen: what reaches the validators and what may hold a submit. An optional field with
 * only a placeholder ("-", "0", "–") is not judged; a value the portal put there that the user has
 * not edited never gets 'error'; the box in front of an input ("+62") reaches the phone check.
 */
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../rules/fields/registry';
import { magelang } from '../../../rules/agencies/magelang';
import { evaluateScreen, isPlaceholderValue, type FieldValue } from '../../../rules/engine/evaluate';
import type { FieldId } from '../../../rules/fields/types';
import { ruleById } from '../../../rules';

const KONTAK = ruleById('myasn-kontak-pribadi')!.steps!.find((s) => s.id === 'form')!.fields;
const DIRI = ruleById('bsre-aktivasi')!.steps!.find((s) => s.id === 'data-diri')!.fields;

const text = (value: string, prefix?: string): FieldValue => (prefix ? { kind: 'text', value, prefix } : { kind: 'text', value });
const run = (fields: typeof KONTAK, entries: Array<[FieldId, FieldValue]>, touched?: FieldId[], mode: 'typing' | 'submit' = 'submit') =>
  evaluateScreen(fields, new Map(entries), { agency: magelang, mode, touched: touched ? new Set(touched) : undefined }, FIELDS);
const errors = (fs: ReturnType<typeof run>) => fs.filter((f) => f.verdict === 'error');

describe('placeholders in optional fields', () => {
  it('knows the ways portals store "empty"', () => {
    for (const v of ['-', '--', '–', '—', '0', '000', '.', ' - ', '\u00A0-\u00A0', '\u200B-', '_']) expect(isPlaceholderValue(v), JSON.stringify(v)).toBe(true);
    for (const v of ['08', '-1', 'x', '0812', 'nihil', '0'.repeat(40)]) expect(isPlaceholderValue(v), JSON.stringify(v)).toBe(false);
  });

  it('Nomor Telepon (optional) holding "-", "0" or "–" is not judged, typed or pre-filled', () => {
    for (const v of ['-', '0', '–', '  ']) {
      expect(run(KONTAK, [['nomor-telepon', text(v)]], [])).toEqual([]);
      expect(run(KONTAK, [['nomor-telepon', text(v)]], ['nomor-telepon'])).toEqual([]);
      expect(run(KONTAK, [['nomor-telepon', text(v)]])).toEqual([]);
    }
  });

  it('a required field with a placeholder the user typed is still judged', () => {
    expect(errors(run(KONTAK, [['nomor-hp', text('-')]], ['nomor-hp']))).toHaveLength(1);
  });
});

describe('the portal\'s own pre-fill never holds a submit', () => {
  it('an untouched wrong pre-fill is at most a warning, marked as from the portal', () => {
    const fs = run(KONTAK, [['nomor-telepon', text('12345')], ['nomor-hp', text('0812')], ['email-dinas', text('budi@gmail.com')]], []);
    expect(errors(fs)).toEqual([]);
    expect(fs.map((f) => [f.field, f.verdict, f.reason, f.fromPortal])).toEqual([
      ['nomor-telepon', 'warn', 'prefix', true],
      ['nomor-hp', 'warn', 'tooShort', true],
      ['email-dinas', 'warn', 'public', true],
    ]);
  });

  it('once the user edits the field, the same value is an error again', () => {
    const fs = run(KONTAK, [['nomor-hp', text('0812')], ['email-dinas', text('budi@gmail.com')]], ['email-dinas']);
    expect(errors(fs).map((f) => f.field)).toEqual(['email-dinas']);
    expect(fs.find((f) => f.field === 'nomor-hp')).toMatchObject({ verdict: 'warn', fromPortal: true });
  });

  it('a right pre-fill keeps its ok, and warnings are left as they are', () => {
    const fs = run(KONTAK, [['nomor-hp', text('0812-3456-7890')], ['email-dinas', text('budi@magelangkota.go.id')]], []);
    expect(fs.map((f) => [f.verdict, f.reason, f.fromPortal])).toEqual([
      ['ok', 'ok', undefined],
      ['warn', 'agencyDomain', undefined],
    ]);
  });

  it('without a touched set (no knowledge of edits) every value is the user\'s', () => {
    expect(errors(run(KONTAK, [['nomor-hp', text('0812')]]))).toHaveLength(1);
  });

  it('consents are still judged at submit (an unticked box is not a value)', () => {
    const foto = ruleById('bsre-aktivasi')!.steps!.find((s) => s.id === 'foto-diri')!.fields;
    expect(errors(run(foto, [['persetujuan', { kind: 'checkbox', checked: 0, total: 2 }]], []))).toHaveLength(1);
  });
});

describe('consents count what the page shows', () => {
  const foto = () => ruleById('bsre-aktivasi')!.steps!.find((s) => s.id === 'foto-diri')!.fields;
  it('one box found and ticked is all the page shows: ok, never "1 of 2 not ticked"', () => {
    expect(run(foto(), [['persetujuan', { kind: 'checkbox', checked: 1, total: 1 }]], [])).toMatchObject([{ verdict: 'ok', reason: 'ok', params: { total: 1 } }]);
  });
  it('two found, one ticked: one of two missing', () => {
    expect(run(foto(), [['persetujuan', { kind: 'checkbox', checked: 1, total: 2 }]], [])).toMatchObject([{ verdict: 'error', params: { missing: 1, total: 2 } }]);
  });
  it('a text box the consent labels match is no box to tick: not judged', () => {
    expect(run(foto(), [['persetujuan', text('ya')]], ['persetujuan'])).toEqual([]);
  });
});

describe('the box in front of the input reaches the phone check', () => {
  it('81234567890 behind +62 is ok; 0812… there is a warning; without the box it is an error', () => {
    expect(run(DIRI, [['nomor-hp', text('81234567890', '+62')]], ['nomor-hp'])).toMatchObject([{ verdict: 'ok', reason: 'ok' }]);
    expect(run(DIRI, [['nomor-hp', text('0812-3456-7890', '+62')]], ['nomor-hp'])).toMatchObject([{ verdict: 'warn', reason: 'boxZero' }]);
    expect(run(DIRI, [['nomor-hp', text('81234567890')]], ['nomor-hp'])).toMatchObject([{ verdict: 'error', reason: 'prefix' }]);
  });
});

describe('NIK / NIP typed with spaces', () => {
  it('a grouped NIP still gets the NIK/NIP birth-date check', () => {
    const dinas = ruleById('bsre-aktivasi')!.steps!.find((s) => s.id === 'data-kedinasan')!.fields;
    const fs = evaluateScreen(dinas, new Map([['nip', text('20001231 2024 2 1 1 001')]]), { agency: magelang, mode: 'typing', earlierNik: '3371014101900001' }, FIELDS);
    expect(fs).toMatchObject([{ field: 'nip', verdict: 'warn', reason: 'birthDateMismatch' }]);
  });
});
