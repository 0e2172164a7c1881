/**
 * The session without a DOM: what is remembered across wizard steps (the NIK, the employee type,
 * the fields the user edited) and the findings for typing and for submit from one context.
 */
import { describe, expect, it } from 'vitest';
import { magelang } from '../../../rules/agencies/magelang';
import { currentScreen } from '../../../rules/engine/detect';
import type { FieldValue } from '../../../rules/engine/evaluate';
import { Session } from '../../../rules/engine/session';
import { FIELDS } from '../../../rules/fields/registry';
import type { FieldId } from '../../../rules/fields/types';
import { ruleById } from '../../../rules/index';
import type { PageId } from '../../../rules/schema';

const fieldsOf = (page: PageId, step: string | null) => currentScreen(ruleById(page)!, step).fields;
const DIRI = fieldsOf('bsre-aktivasi', 'data-diri');
const KEDINASAN = fieldsOf('bsre-aktivasi', 'data-kedinasan');
const KONTAK = fieldsOf('myasn-kontak-pribadi', 'form');
const text = (entries: Array<[FieldId, string]>) => new Map<FieldId, FieldValue>(entries.map(([f, value]) => [f, { kind: 'text', value }]));

// A woman born 1 January 1990 (day + 40); the NIP says a man born 5 May 1985.
const NIK = '3371014101900001';
const NIP = '198505052010011003';

function nipVerdictAfterNik(pageBetween: PageId | null): string | undefined {
  const s = new Session(magelang, FIELDS);
  s.enter({ page: 'bsre-aktivasi', step: 'data-diri' }, '');
  s.touch('nik');
  s.typing(DIRI, text([['nik', NIK]]));
  if (pageBetween) s.enter({ page: pageBetween, step: null }, '');
  s.enter({ page: 'bsre-aktivasi', step: 'data-kedinasan' }, '');
  s.touch('nip');
  s.typing(KEDINASAN, text([['nip', NIP]]));
  return s.findings.find((f) => f.field === 'nip')?.verdict;
}

describe('Session: the NIK for the NIK↔NIP check', () => {
  it('is kept from Data Diri to Data Kedinasan of the same wizard', () => {
    expect(nipVerdictAfterNik(null)).toBe('warn');
  });

  it('is dropped when the page is left, also if the user comes back', () => {
    expect(nipVerdictAfterNik('myasn-dashboard')).toBe('ok');
  });
});

describe('Session: what the portal pre-filled', () => {
  const prefilled = text([['email-dinas', 'budi@gmail.com']]);

  it('is at most a warning and never holds a submit while the user has not edited it', () => {
    const s = new Session(magelang, FIELDS);
    s.enter({ page: 'myasn-kontak-pribadi', step: 'form' }, '');
    s.typing(KONTAK, prefilled);
    expect(s.findings.find((f) => f.field === 'email-dinas')).toMatchObject({ verdict: 'warn', fromPortal: true });
    expect(s.submitProblems(KONTAK, prefilled)).toEqual([]);
  });

  it('is judged in full once edited, at submit too; a new step forgets the edits', () => {
    const s = new Session(magelang, FIELDS);
    s.enter({ page: 'myasn-kontak-pribadi', step: 'form' }, '');
    s.touch('email-dinas');
    s.typing(KONTAK, prefilled);
    expect(s.findings.find((f) => f.field === 'email-dinas')?.verdict).toBe('error');
    expect(s.submitProblems(KONTAK, prefilled).map((f) => f.field)).toEqual(['email-dinas']);
    expect(s.enter({ page: 'myasn-kontak-pribadi', step: 'konfirmasi' }, '')).toBe(true);
    expect(s.touched.size).toBe(0);
    expect(s.enter({ page: 'myasn-kontak-pribadi', step: 'konfirmasi' }, '')).toBe(false);
  });
});

describe('Session: typing results', () => {
  it('says what changed once, and only the findings whose reason changed are announced', () => {
    const s = new Session(magelang, FIELDS);
    s.enter({ page: 'bsre-aktivasi', step: 'data-diri' }, '');
    s.touch('nik');
    const first = s.typing(DIRI, text([['nik', '12345']]));
    expect(first.changed).toBe(true);
    expect(first.announce.map((f) => f.field)).toEqual(['nik']);
    // The same value again: nothing new to render or say.
    expect(s.typing(DIRI, text([['nik', '12345']]))).toEqual({ changed: false, announce: [] });
    // Another count, same reason: re-rendered (the message's number changes), not announced again.
    const longer = s.typing(DIRI, text([['nik', '123456']]));
    expect(longer.changed).toBe(true);
    expect(longer.announce).toEqual([]);
  });

  it('clears the findings on a screen without fields', () => {
    const s = new Session(magelang, FIELDS);
    s.enter({ page: 'bsre-aktivasi', step: 'data-diri' }, '');
    s.touch('nik');
    s.typing(DIRI, text([['nik', '12345']]));
    s.enter({ page: 'myasn-dashboard', step: null }, '');
    expect(s.typing([], new Map()).changed).toBe(true);
    expect(s.findings).toEqual([]);
    expect(s.typing([], new Map()).changed).toBe(false);
  });

  it('never keeps a typed value in its findings', () => {
    const s = new Session(magelang, FIELDS);
    s.enter({ page: 'bsre-aktivasi', step: 'data-diri' }, '');
    s.touch('nik');
    s.typing(DIRI, text([['nik', '3371999999999']]));
    expect(JSON.stringify(s.findings)).not.toContain('3371999999999');
  });
});

describe('Session: the employee type', () => {
  const DINAS = text([['email-dinas', 'budi@pns.magelangkota.go.id']]);
  const emailVerdict = (s: Session) => {
    s.touch('email-dinas');
    s.typing(KONTAK, DINAS);
    return s.findings.find((f) => f.field === 'email-dinas');
  };

  it('is read from a NI PPPK the page shows and kept for later screens', () => {
    const unknown = new Session(magelang, FIELDS);
    unknown.enter({ page: 'myasn-kontak-pribadi', step: 'form' }, '');
    const known = new Session(magelang, FIELDS);
    known.enter({ page: 'myasn-dashboard', step: null }, 'Selamat datang, NI PPPK: 199001012021212001');
    known.enter({ page: 'myasn-kontak-pribadi', step: 'form' }, '');
    // The PNS subdomain is fine while the type is unknown, not for someone shown as PPPK earlier.
    expect(emailVerdict(unknown)).toMatchObject({ verdict: 'ok' });
    expect(emailVerdict(known)).toMatchObject({ verdict: 'warn' });
  });
});
