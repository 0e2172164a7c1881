/** The hint that keeps a page no rule matched idle: only a page marker appearing or a veto going wakes it. */
import { describe, expect, it } from 'vitest';
import { hostMarkers, hostValues, hostWords, markerPrint, mayChangeReading, mayMatch, valuePrint } from '../../rules/engine/changeHint';
import { employeeValues } from '../../rules/engine/employee';
import { statusValues } from '../../rules/engine/readStatus';
import { pageRules } from '../../rules/index';
import type { PageRule } from '../../rules/schema';

describe('hostMarkers', () => {
  it("takes the page markers and vetoes of this host's rules only, normalised", () => {
    const rules = [
      { id: 'a', hosts: ['x.go.id'], markers: { any: ['Buat  Passphrase'], none: ['Konfirmasi / Email'] } },
      { id: 'b', hosts: ['y.go.id'], markers: { any: ['Data Diri'] } },
    ] as unknown as PageRule[];
    expect(hostMarkers(rules, 'x.go.id')).toEqual(['buat passphrase', 'konfirmasi/email']);
    expect(hostMarkers(rules, 'z.go.id')).toEqual([]);
  });

  it('has markers for every portal host the rules name', () => {
    for (const host of new Set(pageRules.flatMap((r) => r.hosts))) expect(hostMarkers(pageRules, host).length, host).toBeGreaterThan(0);
  });
});

describe('mayMatch', () => {
  const markers = hostMarkers(pageRules, 'bsre.bssn.go.id');

  it('stays idle for changes that show none of the markers', () => {
    expect(mayMatch(['Baris 1203', '42', '', 'Rp 10.000'], markers)).toBe(false);
    expect(mayMatch([], markers)).toBe(false);
  });

  it('wakes when a marker appears, however it is spaced or capitalised', () => {
    expect(mayMatch(['Baris 2', 'Langkah 3:   BUAT passphrase  baru'], markers)).toBe(true);
  });

  it('wakes for a text shorter than the marker that normalises into it (the short-text shortcut is for plain ASCII only)', () => {
    // "ﬁ" is one character (a ligature) that NFKC turns into "fi": 8 characters become the 9 of the marker.
    expect(mayMatch(['Proﬁl BSrE'], ['profil bsre'])).toBe(true);
    expect(mayMatch(['Profil BSr'], ['profil bsre'])).toBe(false);
  });

  it('never wakes on a host with no rules', () => {
    expect(mayMatch(['Buat Passphrase'], [])).toBe(false);
  });
});

describe('markerPrint', () => {
  const markers = ['buat passphrase', 'konfirmasi/email'];

  it('counts each marker in the text, however it is spaced, split or capitalised', () => {
    expect(markerPrint('Beranda | Baris 1', markers)).toBe('0,0');
    expect(markerPrint('BUATPassphrase … buat  passphrase', markers)).toBe('2,0');
    expect(markerPrint('Konfirmasi / Email', markers)).toBe('0,1');
  });

  it('changes when a marker appears or goes, not when other text does', () => {
    const before = markerPrint('Baris 1 Baris 2', markers);
    expect(markerPrint('Baris 1 Baris 2 Baris 3', markers)).toBe(before);
    expect(markerPrint('Baris 1 Buat Passphrase', markers)).not.toBe(before);
  });

  it('normalises text that is not plain ASCII as snapshot text is', () => {
    expect(markerPrint('Buat\u00a0Pass\u200bphrase', markers)).toBe('1,0');
  });
});


describe('hostWords, hostValues and mayChangeReading (a known page)', () => {
  const myasn = hostWords(pageRules, 'myasn.bkn.go.id');
  const bsre = hostWords(pageRules, 'bsre.bssn.go.id');
  const values = hostValues([...employeeValues(), ...statusValues()]);

  it("holds the page and step markers, field labels, submit buttons and status label of this host's rules", () => {
    const rule = pageRules.find((r) => r.hosts.includes('bsre.bssn.go.id') && r.steps?.length)!;
    const step = rule.steps![0]!;
    expect(bsre).toEqual(expect.arrayContaining(hostMarkers(pageRules, 'bsre.bssn.go.id')));
    expect(bsre).toContain(step.markers.any[0]!.toLowerCase());
    const screen = [rule, ...rule.steps!].find((s) => s.fields.length)!;
    expect(bsre).toContain(screen.fields[0]!.labels[0]!.toLowerCase());
    expect(myasn).toContain('status');
    expect(hostWords(pageRules, 'example.org')).toEqual([]);
  });

  it('says no for changed cells, counters, amounts and clock times', () => {
    expect(mayChangeReading(['x123 ', ' c45', 'Baris 1203', '42', '', 'Rp 10.000', '14.05.33 WIB', 'interactive'], myasn, values)).toBe(false);
  });

  it('says yes for what the readers read: a status however written, a date, validity words, an address, a NIP, a loading sign, or one of the words', () => {
    for (const t of [
      'ACTIVE',
      'Expired',
      'Not Registered',
      'Pengguna tidak terdaftar',
      'FROZEN_ACCOUNT',
      'Berlaku hingga 14-01-2028',
      '14 Jan. 2028',
      '2028-01-14',
      'Masa berlaku',
      'eko@pns.magelangkota.go.id',
      '19900101 201503 1 002',
      'Memuat…',
      'Loading',
    ]) {
      expect(mayChangeReading(['x1', t], myasn, values), t).toBe(true);
    }
    expect(mayChangeReading(['x1'], myasn, values)).toBe(false);
    expect(mayChangeReading(['Registrasi Sertifikat'], myasn, values)).toBe(true);
  });

  it('looks for status values only on a host with a status page', () => {
    const bsreValues = hostValues(employeeValues());
    expect(bsreValues.test('Expired')).toBe(false);
    expect(bsreValues.test('Mohon tunggu')).toBe(true);
  });
});

describe('valuePrint', () => {
  const values = hostValues([...employeeValues(), ...statusValues()]);
  it('moves with a status, a date, an address or a loading sign, not with other text', () => {
    const page = (status: string, until: string, email: string, rows: string) => `Status: ${status} | Berlaku hingga ${until} | Email BSrE ${email} | ${rows}`;
    const print = (...a: Parameters<typeof page>) => valuePrint(page(...a), values);
    const base = print('ACTIVE', '14-01-2028', 'eko@pns.magelangkota.go.id', 'x1 x2');
    expect(print('ACTIVE', '14-01-2028', 'eko@pns.magelangkota.go.id', 'x3 x4 c5')).toBe(base);
    expect(print('Expired', '14-01-2028', 'eko@pns.magelangkota.go.id', 'x1 x2')).not.toBe(base);
    expect(print('ACTIVE', '14-01-2029', 'eko@pns.magelangkota.go.id', 'x1 x2')).not.toBe(base);
    expect(print('ACTIVE', '14-01-2028', '-', 'x1 x2')).not.toBe(base);
    expect(valuePrint(`${page('ACTIVE', '14-01-2028', 'eko@pns.magelangkota.go.id', 'x1 x2')} | Memuat…`, values)).not.toBe(base);
  });

  it('sees a value run together with its neighbours\' text, as textContent gives it for elements written without spaces between them', () => {
    // <div>Status</div><div>ACTIVE</div><div>Berlaku hingga</div><div>14-01-2028</div>
    const glued = (status: string) => `StatusNIK Pegawai3371**********01Status: ${status}Berlaku hingga14-01-2028Registrasi Sertifikat`;
    expect(valuePrint(glued('ACTIVE'), values)).toContain('ACTIVE');
    expect(valuePrint(glued('EXPIRED'), values)).not.toBe(valuePrint(glued('ACTIVE'), values));
  });
});
