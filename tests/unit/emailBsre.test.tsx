// @vitest-environment happy-dom
/**
 * "Is Email BSrE filled?" on the certificate page (guide E.6 vs E.12), read as a yes/no from the
 * snapshot, and the NOT_REGISTERED explanation that follows it: one way forward, never both.
 */
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StatusCard } from '../../components/StatusCard';
import { agencyById } from '../../rules/agencies';
import { detect } from '../../rules/engine/detect';
import { readEmailBsre } from '../../rules/engine/emailBsre';
import { takeSnapshot } from '../../rules/engine/snapshot';
import { statusWords } from '../../rules/locales';
import { explainStatusWithValidity, statusExplanations } from '../../rules/statuses';
import { URLS } from '../fixtures/cases';
import { loadReplica } from '../fixtures/dom';
import { detectAll } from '../fixtures/kit';

const text = (...blocks: string[]) => ({ text: blocks.join(' | ').toLowerCase() });

describe('readEmailBsre', () => {
  it.each([
    ['an address under the label', text('Nama Pegawai', 'EKO', 'Email BSrE', 'eko@pns.magelangkota.go.id', 'Email Dinas', 'eko@pns.magelangkota.go.id'), 'filled'],
    ['a masked address', text('Email BSrE', 'e***@pns.magelangkota.go.id'), 'filled'],
    ['label and address in one block', text('Email BSrE: eko@asn.magelangkota.go.id'), 'filled'],
    ['the verify link under the label (guide E.6)', text('Email BSrE', 'Verifikasi Email Dinas Anda', 'Email Dinas', 'eko@pns.magelangkota.go.id'), 'empty'],
    ['nothing under the label, the next label follows', text('Email BSrE', 'Email Dinas', 'eko@pns.magelangkota.go.id'), 'empty'],
    ['a dash', text('Email BSrE', '-'), 'empty'],
    ['the label last on the page', text('Email BSrE'), 'empty'],
    ['no such label', text('Email Dinas', 'eko@pns.magelangkota.go.id'), 'unknown'],
    ['the words inside a sentence only', text('Isi Email BSrE dengan email dinas Anda.'), 'unknown'],
  ] as const)('%s → %s', (_name, snap, want) => {
    expect(readEmailBsre(snap)).toBe(want);
  });

  it('returns only the state: the address is nowhere in the detected state', () => {
    loadReplica(`${URLS.SERTIFIKAT}?replica=email:filled`);
    const state = detectAll(URLS.SERTIFIKAT, takeSnapshot(document));
    expect(state).toMatchObject({ page: 'myasn-sertifikat', status: 'NOT_REGISTERED', emailBsre: 'filled' });
    expect(JSON.stringify(state)).not.toContain('@');
  });

  it.each([
    ['?replica=email:filled', 'filled'],
    ['', 'empty'],
  ] as const)('detects the replica certificate page %s as %s', (query, want) => {
    loadReplica(`${URLS.SERTIFIKAT}${query}`);
    expect(detectAll(URLS.SERTIFIKAT, takeSnapshot(document)).emailBsre).toBe(want);
  });

  it('is not read on pages without a certificate status', () => {
    loadReplica('https://myasn.bkn.go.id/profil/update#kontak-pribadi');
    expect(detectAll('https://myasn.bkn.go.id/profil/update#kontak-pribadi', takeSnapshot(document)).emailBsre).toBeUndefined();
  });
});

describe('NOT_REGISTERED follows Email BSrE', () => {
  const next = (state: 'filled' | 'empty' | 'unknown') => {
    const e = explainStatusWithValidity('NOT_REGISTERED', null, state);
    return e.next.map((n) => statusWords('id', e.id).next[n.id]).join(' ');
  };

  it('filled: straight to Registrasi Sertifikat (guide F), no Verifikasi Email Dinas', () => {
    expect(next('filled')).toContain('Registrasi Sertifikat');
    expect(next('filled')).not.toContain('Verifikasi Email Dinas Anda');
    expect(next('filled')).not.toMatch(/\bJika Email BSrE/);
  });

  it('empty: Verifikasi Email Dinas Anda (guide E.6), no Registrasi Sertifikat yet', () => {
    expect(next('empty')).toContain('Verifikasi Email Dinas Anda');
    expect(next('empty')).not.toContain('Registrasi Sertifikat');
  });

  it('unknown (e.g. a help-code reproduction): both ways, each with its condition', () => {
    expect(next('unknown')).toMatch(/Jika Email BSrE masih kosong[^]*Jika Email BSrE sudah terisi/);
  });

  it('every step of the explanation is shown in exactly the states it names', () => {
    const all = statusExplanations.NOT_REGISTERED.next;
    for (const state of ['filled', 'empty', 'unknown'] as const) {
      const shown = explainStatusWithValidity('NOT_REGISTERED', null, state).next;
      expect(shown).toEqual(all.filter((n) => !n.emailBsre || n.emailBsre.includes(state)));
      expect(shown.length).toBeGreaterThan(0);
    }
  });

  it('other statuses do not depend on it', () => {
    for (const state of ['filled', 'empty', 'unknown'] as const) expect(explainStatusWithValidity('NEW', null, state).next).toEqual(statusExplanations.NEW.next);
  });

  it('the status card fills desk names from the agency profile', () => {
    const card = (agency: string) =>
      render(<StatusCard code="NO_CERTIFICATE" explanation={explainStatusWithValidity('NO_CERTIFICATE', null)} validity={null} locale="id" agency={agencyById(agency)} />).container.textContent ?? '';
    expect(card('magelang')).toContain('Bidang Statistik dan Persandian Diskominsta Kota Magelang');
    const umum = card('umum');
    expect(umum).toContain('unit yang mengurus TTE di instansi Anda');
    expect(umum).not.toMatch(/Magelang|\{tteDesk\}/);
  });
});
