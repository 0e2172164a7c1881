// @vitest-environment happy-dom
/** The Profil instansi page (agency IT) and the policy state on the options page, without a browser. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseAgencyPolicy } from '../../../rules/agencyPolicy';
import { emptyDraft, policyFromDraft } from '../../../rules/agencyPolicy/draft';
import { GECKO_ID } from '../../../rules/agencyPolicy/files';
import { AgencyScreen, OptionsScreen } from '../../../platform/pages/screens';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const type = (path: string, value: string) => fireEvent.input(document.querySelector(`input[data-path="${path}"]`)!, { target: { value } });
const problemFor = (path: string) => document.querySelector(`[data-problem-for="${path}"]`)?.textContent ?? null;

describe('the form as data (policyFromDraft)', () => {
  it('an empty form names the required keys; empty optional boxes are left out', () => {
    const d = emptyDraft();
    expect(policyFromDraft(d)).toEqual({ id: '', name: '', emailDomains: { pns: [], pppk: [] } });
    const r = parseAgencyPolicy(policyFromDraft(d));
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['agencyProfile.id', 'agencyProfile.name', 'agencyProfile.emailDomains.pns']));
  });
  it('desks in use only, in topic order, with their filled boxes', () => {
    const d = emptyDraft();
    d.desks.kepegawaian = { ...d.desks.kepegawaian, use: true, unit: ' BKD ', phone: '(0298) 1234' };
    d.desks.persandian = { ...d.desks.persandian, use: false, unit: 'ignored' };
    expect(policyFromDraft(d).helpDesks).toEqual([{ topic: 'kepegawaian', unit: 'BKD', phone: '(0298) 1234' }]);
  });
});

describe('Profil instansi page', () => {
  it('validates as the IT types, previews the contacts and the email check, and writes the files', async () => {
    render(<AgencyScreen />);
    expect(screen.getByTestId('agency-check').getAttribute('data-valid')).toBe('false');
    type('agencyProfile.id', 'Kab Contoh');
    expect(problemFor('agencyProfile.id')).toContain('huruf kecil');
    expect(document.querySelector('input[data-path="agencyProfile.id"]')!.getAttribute('aria-invalid')).toBe('true');
    type('agencyProfile.id', 'contohkab');
    expect(problemFor('agencyProfile.id')).toBeNull();
    type('agencyProfile.name', 'Pemerintah Kabupaten Contoh');
    type('agencyProfile.emailDomains.pns', 'pns.contohkab.go.id');
    type('agencyProfile.emailDomains.pppk', 'pppk.contohkab.go.id');
    fireEvent.click(document.querySelector('input[data-desk-use="persandian"]')!);
    type('agencyProfile.helpDesks.0.unit', 'Bidang Persandian Kabupaten Contoh');
    type('agencyProfile.helpDesks.0.whatsapp', '081200000000');
    expect(problemFor('agencyProfile.helpDesks.0.whatsapp')).toContain('62');
    expect(screen.queryByTestId('agency-preview')).toBeNull();
    type('agencyProfile.helpDesks.0.whatsapp', '6281200000000');
    expect(screen.getByTestId('agency-check').getAttribute('data-valid')).toBe('true');

    // Preview: the agency's own desk, the national ones, and the check on sample addresses.
    const desk = document.querySelector('[data-testid="preview-contacts"] [data-contact="persandian"]')!;
    expect(desk.textContent).toContain('Bidang Persandian Kabupaten Contoh');
    expect(desk.querySelector('a[href="https://wa.me/6281200000000"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="preview-contacts"] [data-contact="bsre"]')).not.toBeNull();
    const verdicts = Array.from(document.querySelectorAll('[data-testid="preview-email"] li')).map((li) => [li.querySelector('code')!.textContent, li.getAttribute('data-verdict')]);
    expect(verdicts).toEqual([
      ['nama@pns.contohkab.go.id', 'ok'],
      ['nama@pppk.contohkab.go.id', 'ok'],
      ['nama@gmail.com', 'error'],
    ]);

    // Files wait for the install targets (in the test the extension id is not a Chrome one).
    expect(screen.queryByTestId('policy-files')).toBeNull();
    type('chromeId', 'aaaabbbbccccddddeeeeffffgggghhhh');
    type('edgeId', 'aaaabbbbccccddddeeeeffffgggghhhh');
    type('xpiUrl', 'http://intranet/pemandu.xpi');
    expect(problemFor('xpiUrl')).toContain('https');
    type('xpiUrl', 'https://intranet.contohkab.go.id/pemandu-tte.xpi');
    const firefox = JSON.parse(screen.getByTestId('file-firefox').textContent!);
    expect(firefox.policies['3rdparty'].Extensions[GECKO_ID].agencyProfile).toEqual({
      id: 'contohkab',
      name: 'Pemerintah Kabupaten Contoh',
      emailDomains: { pns: ['pns.contohkab.go.id'], pppk: ['pppk.contohkab.go.id'] },
      helpDesks: [{ topic: 'persandian', unit: 'Bidang Persandian Kabupaten Contoh', whatsapp: '6281200000000' }],
    });
    expect(screen.getByTestId('file-chrome-reg').textContent).toContain('\\3rdparty\\extensions\\aaaabbbbccccddddeeeeffffgggghhhh\\policy]');
  });

  it('a download is a Blob in memory, never a request', async () => {
    const created = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    render(<AgencyScreen />);
    type('agencyProfile.id', 'kabx');
    type('agencyProfile.name', 'Kabupaten X');
    fireEvent.click(document.querySelector('input[name="email-mode"][value="none"]')!);
    type('chromeId', 'aaaabbbbccccddddeeeeffffgggghhhh');
    type('edgeId', 'aaaabbbbccccddddeeeeffffgggghhhh');
    type('xpiUrl', 'https://intranet.x.go.id/p.xpi');
    fireEvent.click(document.querySelector('[data-download="policies.json"]')!);
    expect(created).toHaveBeenCalledTimes(1);
    const blob = (created.mock.calls[0] as unknown as [Blob])[0];
    expect(JSON.parse(await blob.text()).policies['3rdparty'].Extensions[GECKO_ID].agencyProfile).toEqual({ id: 'kabx', name: 'Kabupaten X' });
  });
});

describe('options page: the policy state', () => {
  const example = JSON.parse(readFileSync(join(__dirname, '../../../docs/deploy/agency-profile.json'), 'utf8'));

  it('renders at once from the local choice, then shows the policy profile, locked', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const get = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    await fakeBrowser.storage.managed.set({ agencyProfile: example });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async (...a: Parameters<typeof get>) => (await gate, get(...a)));
    render(<OptionsScreen />);
    await waitFor(() => expect(screen.getByTestId('policy-pending')).toBeTruthy());
    expect((screen.getByTestId('agency-select') as HTMLSelectElement).disabled).toBe(false);
    release();
    await waitFor(() => expect(screen.getByTestId('policy-state').getAttribute('data-source')).toBe('managed'));
    expect(screen.getByTestId('agency-in-force').textContent).toContain('Pemerintah Kabupaten Contoh');
    expect(screen.getByTestId('agency-source').textContent).toContain('id contohkab');
    const select = screen.getByTestId('agency-select') as HTMLSelectElement;
    expect([select.value, select.disabled]).toEqual(['contohkab', true]);
    expect(screen.getByTestId('agency-email').textContent).toContain('nama@pns.contohkab.go.id, nama@contohkab.go.id (PNS)');
    expect(screen.getByTestId('link-agency-page').getAttribute('href')).toBe('/profil-instansi.html');
  });

  it('an invalid policy: the generic profile, and each problem with its path', async () => {
    await fakeBrowser.storage.managed.set({ agencyProfile: { ...example, helpDesks: [{ topic: 'persandian', unit: 'X', whatsapp: '0812' }] } });
    render(<OptionsScreen />);
    await waitFor(() => expect(screen.getByTestId('policy-problems')).toBeTruthy());
    expect(screen.getByTestId('agency-in-force').textContent).toContain('Instansi lain (umum)');
    const item = document.querySelector('[data-testid="policy-problems"] li[data-path="agencyProfile.helpDesks.0.whatsapp"]');
    expect(item?.textContent).toContain('62');
  });
});
