import { describe, expect, it } from 'vitest';
import { matchField } from '../../rules/engine/match';
import type { ControlInfo } from '../../rules/engine/snapshot';
import { bsrePassphrase } from '../../rules/pages/bsre-passphrase';
import { bsreAktivasi } from '../../rules/pages/bsre-aktivasi';
import { myasnKontakPribadi } from '../../rules/pages/myasn-kontak-pribadi';

const control = (c: Partial<ControlInfo>): ControlInfo => ({ labels: [], names: [], placeholders: [], type: 'text', ...c });
const fields = (rule: typeof bsreAktivasi, step: string) => rule.steps!.find((s) => s.id === step)!.fields;

describe('matchField', () => {
  const pass = fields(bsrePassphrase, 'buat-passphrase');
  it('tells Passphrase from Konfirmasi Passphrase', () => {
    expect(matchField(control({ labels: ['Passphrase'], type: 'password' }), pass)?.field).toBe('passphrase');
    expect(matchField(control({ labels: ['Konfirmasi Passphrase'], type: 'password' }), pass)?.field).toBe('passphrase-konfirmasi');
    expect(matchField(control({ labels: ['Passphrase *'], type: 'password' }), pass)?.field).toBe('passphrase');
  });
  it('finds a field by name or placeholder when there is no label', () => {
    const diri = fields(bsreAktivasi, 'data-diri');
    expect(matchField(control({ names: ['nik'] }), diri)?.field).toBe('nik');
    expect(matchField(control({ names: ['no_hp'] }), diri)?.field).toBe('nomor-hp');
    expect(matchField(control({ placeholders: ['Masukkan NIK 16 digit'] }), diri)?.field).toBe('nik');
    expect(matchField(control({ names: ['php_session'] }), diri)).toBeNull();
  });
  it('matches consents only to checkboxes', () => {
    expect(matchField(control({ labels: ['Saya menyetujui Kebijakan Privasi BSrE.'], type: 'checkbox' }), fields(bsreAktivasi, 'foto-diri'))?.field).toBe('persetujuan');
    expect(matchField(control({ labels: ['Saya menyetujui'], type: 'text' }), fields(bsreAktivasi, 'foto-diri'))).toBeNull();
  });
  it('tells Nomor Telepon, Nomor Handphone, Email Dinas and Email Pribadi apart', () => {
    const form = fields(myasnKontakPribadi, 'form');
    expect(matchField(control({ labels: ['Nomor Telepon'] }), form)?.field).toBe('nomor-telepon');
    expect(matchField(control({ labels: ['Nomor Handphone *'] }), form)?.field).toBe('nomor-hp');
    expect(matchField(control({ labels: ['Email Dinas'] }), form)?.field).toBe('email-dinas');
    expect(matchField(control({ labels: ['Email Pribadi *'] }), form)?.field).toBe('email-pribadi');
    expect(matchField(control({ labels: ['Alamat domisili'] }), form)).toBeNull();
  });
});
