import { describe, expect, it } from 'vitest';
import { readStatus, readValidity } from '../../rules/engine/readStatus';
import { guidePosition, type GuideStepId } from '../../rules/guide';
import { STATUS_CODES } from '../../rules/ids';
import type { EmailBsreState } from '../../rules/engine/emailBsre';
import { explainStatus, explainStatusWithValidity, statusExplanations, statusStep } from '../../rules/statuses';

describe('readStatus', () => {
  it.each(STATUS_CODES.map((c) => [c]))('reads %s after "Status:"', (code) => {
    expect(readStatus(`Instansi Kerja Pemerintah Kota Magelang Status: ${code} Balai Sertifikasi`)).toBe(code);
  });
  it.each([
    ['Status: NOT REGISTERED Pengguna tidak terdaftar', 'NOT_REGISTERED'],
    ['Status : ACTIVE', 'ACTIVE'],
    ['Status ACTIVE Masa berlaku', 'ACTIVE'],
    ['Status: Active', 'ACTIVE'],
    ['Status：WAITING FOR VERIFICATION', 'WAITING_FOR_VERIFICATION'],
    ['Status Verifikasi: Terverifikasi ... Status: EXPIRED', 'EXPIRED'],
    ['Status: FROZEN_X', 'FROZEN_X'],
    ['Nama Pegawai EKO Pengguna tidak terdaftar', 'NOT_REGISTERED'],
    ['Status Verifikasi Terverifikasi', null],
    ['', null],
    // Label case-insensitive, one or two words before the colon, a known code preferred.
    ['Status TTE: ACTIVE', 'ACTIVE'],
    ['Status ASN PNS Status: ACTIVE', 'ACTIVE'],
    ['Status Sertifikat: ISSUE', 'ISSUE'],
    ['Status Pengguna: NOT_REGISTERED', 'NOT_REGISTERED'],
    ['STATUS: ISSUE', 'ISSUE'],
    ['status sertifikat elektronik: EXPIRED', 'EXPIRED'],
    ['Status TTE: FROZEN_X', 'FROZEN_X'],
    ['Status: FROZEN_X Status Sertifikat: SUSPEND', 'SUSPEND'],
    ['Status Kepegawaian PNS Status Verifikasi: Terverifikasi', null],
    // An unknown status is repeated only when shaped like a portal code; a name gives the marker.
    ['Status: BUDI SANTOSO', '?'],
    ['Status: PENDING', '?'],
    ['Status Pengguna: SITI', '?'],
    ['Status: BUDI_', '?'],
    ['Status: A__B', '?'],
    ['Status: ON_HOLD', 'ON_HOLD'],
    ['Status: ON_HOLD_X', 'ON_HOLD_X'],
    ['Status: ON_HOLD_' + 'X'.repeat(30), '?'],
    ['Status: PENDING Status: FROZEN_Y', 'FROZEN_Y'],
    ['Status: FROZEN_Y Status: PENDING', 'FROZEN_Y'],
    ['Status: BUDI SANTOSO Status Sertifikat: ACTIVE', 'ACTIVE'],
  ])('%j → %s', (text, code) => {
    expect(readStatus(text)).toBe(code);
  });
  it('stays fast on hostile text', () => {
    const t0 = Date.now();
    expect(readStatus('Status: ' + 'A '.repeat(200_000))).toBeNull();
    // Not a timing assertion on the product: only guards against a runaway regex in this test run.
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('readValidity', () => {
  const today = new Date(2026, 10, 25); // 25 Nov 2026
  it('takes the later of two dates as the end', () => {
    const v = readValidity('Masa Berlaku: 14-01-2026 s/d 14-01-2028', today, 2, 60)!;
    expect(v.end.toISOString().slice(0, 10)).toBe('2028-01-14');
    expect(v.state).toBe('ok');
    expect(v.source).toBe('shown');
  });
  it('computes the end from the issue date (+2 years)', () => {
    const v = readValidity('Sertifikat diterbitkan 2 Januari 2025', today, 2, 60)!;
    expect(v.end.toISOString().slice(0, 10)).toBe('2027-01-02');
    expect(v.source).toBe('computed');
  });
  it('warns from 60 days before expiry', () => {
    expect(readValidity('Berlaku sampai 2027-01-24', today, 2, 60)!.state).toBe('expiring');
    expect(readValidity('Berlaku sampai 2027-01-24', today, 2, 60)!.daysLeft).toBe(60);
    expect(readValidity('Berlaku sampai 2027-01-25', today, 2, 60)!.state).toBe('ok');
    expect(readValidity('Masa aktif: 01/01/2024 - 01/01/2026', today, 2, 60)!.state).toBe('expired');
  });
  it('reads Indonesian month names and rejects impossible dates', () => {
    expect(readValidity('Masa berlaku 1 Februari 2026 sampai 1 Februari 2028', today, 2, 60)!.end.getUTCMonth()).toBe(1);
    expect(readValidity('Berlaku sampai 31-02-2027', today, 2, 60)).toBeNull();
    expect(readValidity('Tidak ada tanggal', today, 2, 60)).toBeNull();
  });

  const end = (text: string) => {
    const v = readValidity(text, today, 2, 60);
    return v && { end: v.end.toISOString().slice(0, 10), state: v.state, source: v.source };
  };
  it.each([
    // One date after an end word, or after "sampai" / "hingga" / "until", is the END date (48 days from 25 Nov 2026).
    ['Tgl Berakhir: 12-01-2027', '2027-01-12', 'expiring', 'shown'],
    ['Berlaku hingga 12/01/2027', '2027-01-12', 'expiring', 'shown'],
    ['Berlaku sampai dengan 12/01/2027', '2027-01-12', 'expiring', 'shown'],
    ['Berlaku s/d 12 Januari 2027', '2027-01-12', 'expiring', 'shown'],
    ['Tanggal Kedaluwarsa 12 Jan 2027', '2027-01-12', 'expiring', 'shown'],
    ['Valid until 12 January 2027', '2027-01-12', 'expiring', 'shown'],
    ['Expires: 2027-01-12', '2027-01-12', 'expiring', 'shown'],
    // Only issue words make a single date the issue date (+ validity years).
    ['Tanggal terbit: 12-01-2025', '2027-01-12', 'expiring', 'computed'],
    ['Diterbitkan 12 Januari 2025', '2027-01-12', 'expiring', 'computed'],
    ['Issued: 2025-01-12', '2027-01-12', 'expiring', 'computed'],
    ['Berlaku sejak 12-01-2025', '2027-01-12', 'expiring', 'computed'],
    // Ranges use the second date.
    ['Masa Berlaku 12-01-2025 - 12-01-2027', '2027-01-12', 'expiring', 'shown'],
    ['Masa Berlaku 12 Januari 2025 sampai 12 Januari 2027', '2027-01-12', 'expiring', 'shown'],
    ['Aktif sejak 12-01-2025 hingga 12-01-2027', '2027-01-12', 'expiring', 'shown'],
    ['Masa Aktif: sejak 12 Januari 2025 hingga 12 Januari 2027', '2027-01-12', 'expiring', 'shown'],
    ['Masa Berlaku: 2025-01-12T00:00:00Z s/d 2027-01-12T00:00:00Z', '2027-01-12', 'expiring', 'shown'],
    ['Masa Berlaku: 2025-01-12T07:00:00+07:00 s.d. 2027-01-12T07:00:00+07:00', '2027-01-12', 'expiring', 'shown'],
    // Unrelated later dates are not part of the period.
    ['Masa Berlaku: 12 Januari 2026 s/d 12 Januari 2028 Tanggal Registrasi 3 Maret 2030', '2028-01-12', 'ok', 'shown'],
    ['Berlaku s/d 12 Januari 2028 Tanggal Registrasi 3 Maret 2030', '2028-01-12', 'ok', 'shown'],
    // Table layout: headers, then values.
    ['Tanggal Terbit Tanggal Berakhir 14-01-2026 14-01-2028', '2028-01-14', 'ok', 'shown'],
    ['Tanggal Terbit 14-01-2025 Tanggal Berakhir 14-01-2027', '2027-01-14', 'expiring', 'shown'],
    // A shown end wins over a computed one, whatever comes first.
    ['Diterbitkan 1 Januari 2025 Berlaku sampai 1 Desember 2026', '2026-12-01', 'expiring', 'shown'],
  ])('%j → %s (%s, %s)', (text, date, state, source) => {
    expect(end(text)).toEqual({ end: date, state, source });
  });

  // A single date after a period word alone may be the start or the end: no expiry claim at all.
  it.each([
    'Status: ACTIVE | Masa Aktif | 14-01-2026',
    'Masa Berlaku: 12 Januari 2027',
    'Masa Berlaku: 12 Januari 2026',
    'Berlaku: 12-01-2027',
    'Valid: 2027-01-12',
    'Periode 12-01-2026',
    'Masa Berlaku: 12-01-2027 Dibuat 3 Maret 2030',
  ])('%j makes no claim', (text) => {
    expect(readValidity(text, today, 2, 60)).toBeNull();
  });

  it('ignores validity words far from any date, and words inside other words', () => {
    expect(readValidity('Masa berlaku sertifikat elektronik adalah dua tahun sejak pertama kali diminta. Lahir 12-01-1990', today, 2, 60)).toBeNull();
    expect(readValidity('Validasi 12-01-2027', today, 2, 60)).toBeNull();
  });

  it('stays fast on hostile text', () => {
    const t0 = Date.now();
    readValidity('Masa berlaku '.repeat(8_000) + '12-01-2027 '.repeat(8_000), today, 2, 60);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('where each status puts the user in the guide (the certificate page is guide step 4)', () => {
  // A status moves the progress only where a source says where the user is; otherwise the screen's
  // own step (cek-status, 4) stands. NOT_REGISTERED with "Email BSrE" filled in is guide E.12: the
  // email dinas is activated, next is Registrasi Sertifikat (7).
  const expected: Record<string, Partial<Record<EmailBsreState, [GuideStepId, number] | undefined>>> = {
    NOT_REGISTERED: { empty: undefined, filled: ['registrasi', 7], unknown: undefined },
    NEW: { unknown: ['aktivasi-akun', 8] },
    UNVERIFIED: { unknown: undefined },
    WAITING_FOR_VERIFICATION: { unknown: undefined },
    NO_CERTIFICATE: { unknown: ['passphrase', 9] },
    ISSUE: { unknown: ['terbit', 10] },
    ACTIVE: { unknown: ['terbit', 10], filled: ['terbit', 10] },
    RENEW: { unknown: undefined },
    EXPIRED: { unknown: undefined, filled: undefined },
    SUSPEND: { unknown: undefined, filled: undefined },
    REVOKE: { unknown: undefined, filled: undefined },
    DENIED: { unknown: undefined, filled: undefined },
    FROZEN_X: { unknown: undefined },
  };
  it.each(Object.entries(expected).flatMap(([code, byEmail]) => Object.entries(byEmail).map(([email, want]) => [code, email, want] as const)))(
    '%s with Email BSrE %s → %j',
    (code, email, want) => {
      const step = statusStep(explainStatus(code), email as EmailBsreState);
      expect(step).toBe(want?.[0]);
      if (want) expect(guidePosition(step!)).toBe(want[1]);
    },
  );
  it('every status that moves the progress names the source that says so', () => {
    for (const e of Object.values(statusExplanations)) for (const p of e.progress) expect(p.source, e.id).not.toBe('advice');
  });
  it('an active certificate past its end says what EXPIRED says: nothing about the guide step', () => {
    expect(statusStep(explainStatusWithValidity('ACTIVE', { state: 'expired' }))).toBeUndefined();
    expect(statusStep(explainStatusWithValidity('ACTIVE', { state: 'ok' }))).toBe('terbit');
  });
});
