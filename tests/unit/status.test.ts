import { describe, expect, it } from 'vitest';
import { readStatus, readValidity } from '../../rules/engine/status';
import { STATUS_CODES } from '../../rules/statuses';

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
});
