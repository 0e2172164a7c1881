// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resolveAgencyId } from '../../../platform/agencyInForce';
import { agencies } from '../../../rules/agencies';
import { GuideScreen, OptionsScreen, PopupScreen } from '../../../platform/pages/screens';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('popup', () => {
  it('shows the page, step and progress the active tab reports', async () => {
    await fakeBrowser.storage.local.set({ agencyId: 'magelang' });
    render(<PopupScreen ask={async () => ({ page: 'bsre-aktivasi', step: 'data-kedinasan', status: null, guideStep: 8, errors: 0, looksDifferent: false })} />);
    await waitFor(() => expect(screen.getByTestId('popup-page').textContent).toBe('Aktivasi akun BSrE'));
    expect(screen.getByTestId('popup-step').textContent).toBe('Data Kedinasan');
    expect(screen.getByTestId('popup-progress').textContent).toContain('Langkah 8 dari 10');
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('8');
    // The bar is named by the progress line, for screen readers.
    expect(document.getElementById(bar.getAttribute('aria-labelledby')!)).toBe(screen.getByTestId('popup-progress'));
    // The agency comes from storage on its own: its desk shows once read.
    await waitFor(() => expect(document.querySelector('[data-contact="persandian"]')?.textContent).toContain('WhatsApp'));
  });
  it('shows no "step 0" progress for a portal page outside the guide\'s steps, and follows the language', async () => {
    await fakeBrowser.storage.local.set({ locale: 'en' });
    render(<PopupScreen ask={async () => ({ page: 'myasn-dashboard', step: null, status: null, guideStep: 0, errors: 0, looksDifferent: false })} />);
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    await screen.findByTestId('popup-page');
    expect(screen.queryByTestId('popup-progress')).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
  it('says when the tab is not a portal page and offers where to start', async () => {
    render(<PopupScreen ask={async () => null} />);
    await waitFor(() => expect(screen.getByTestId('popup-not-portal')).toBeTruthy());
    expect(screen.getByRole('link', { name: 'Mulai dari ASN Digital' }).getAttribute('href')).toBe('https://asndigital.bkn.go.id/');
  });
});

describe('guide page', () => {
  it('keeps ticked steps in local storage and shows the agency domains', async () => {
    await fakeBrowser.storage.local.set({ agencyId: 'magelang' });
    render(<GuideScreen />);
    const step = await screen.findByTestId('guide-step-kontak-pribadi');
    expect(step.getAttribute('data-done')).toBe('false');
    fireEvent.click(step.querySelector('input')!);
    await waitFor(() => expect(step.getAttribute('data-done')).toBe('true'));
    expect(await fakeBrowser.storage.local.get('guideDone')).toEqual({ guideDone: ['kontak-pribadi'] });
    expect(screen.getByTestId('guide-step-persiapan').textContent).toContain('pns.magelangkota.go.id');
    cleanup();
    render(<GuideScreen />);
    await waitFor(() => expect(screen.getByTestId('guide-step-kontak-pribadi').getAttribute('data-done')).toBe('true'));
  });
});

describe('guide page preparation names the chosen agency’s desks', () => {
  it.each([
    ['magelang', 'BKPSDM Kota Magelang', 'Diskominsta'],
    ['umum', 'bagian kepegawaian instansi Anda', 'unit yang mengurus TTE di instansi Anda'],
  ] as const)('%s', async (agencyId, personnel, office) => {
    await fakeBrowser.storage.local.set({ agencyId });
    render(<GuideScreen />);
    await waitFor(() => expect(screen.getByTestId('guide-step-persiapan').textContent).toContain(personnel));
    const prep = screen.getByTestId('guide-step-persiapan').textContent!;
    // Staff with a work agreement apply outside MyASN (guide C), to the office the profile names.
    expect(screen.getByTestId('guide-prep-other').textContent).toContain(office);
    expect(prep).not.toMatch(/\{\w+\}/);
    if (agencyId === 'umum') expect(prep).not.toMatch(/Magelang/);
  });
});

describe('options page and agency choice', () => {
  it.each([
    // Nobody chose: the generic profile, never another agency's desks and domains.
    [undefined, undefined, { id: 'umum', source: 'default' }],
    [undefined, '', { id: 'umum', source: 'default' }],
    [undefined, 'magelang', { id: 'magelang', source: 'local' }],
    ['magelang', 'nowhere', { id: 'magelang', source: 'managed' }],
    ['nowhere', undefined, { id: 'umum', source: 'default' }],
    [42, 'magelang', { id: 'magelang', source: 'local' }],
    // Two profiles: which one won can be told apart.
    [undefined, 'umum', { id: 'umum', source: 'local' }],
    ['umum', 'magelang', { id: 'umum', source: 'managed' }],
    ['magelang', 'umum', { id: 'magelang', source: 'managed' }],
    ['nowhere', 'umum', { id: 'umum', source: 'local' }],
    ['UMUM', 'umum', { id: 'umum', source: 'local' }],
    ['', 'umum', { id: 'umum', source: 'local' }],
  ])('managed %j, local %j → %j', (managed, local, want) => {
    expect(resolveAgencyId(managed, local)).toEqual(want);
  });

  it('saves the language the overlay will use', async () => {
    render(<OptionsScreen />);
    const select = (await screen.findByTestId('language-select')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'en' } });
    await waitFor(async () => expect(await fakeBrowser.storage.local.get('locale')).toEqual({ locale: 'en' }));
    await screen.findByText('Saved.');
  });

  it('locks the agency when the agency IT set it by policy', async () => {
    await fakeBrowser.storage.managed.set({ agencyId: 'magelang' });
    render(<OptionsScreen />);
    expect(((await screen.findByTestId('agency-select')) as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByTestId('agency-managed').textContent).toContain('TI instansi');
  });

  it('shows the generic profile while nobody chose, and lets the user choose one', async () => {
    render(<OptionsScreen />);
    const first = (await screen.findByTestId('agency-select')) as HTMLSelectElement;
    expect(first.value).toBe('umum');
    expect(screen.getByTestId('agency-email').textContent).toContain('berakhiran .go.id');
    cleanup();
    await fakeBrowser.storage.local.set({ agencyId: 'magelang' });
    render(<OptionsScreen />);
    const select = (await screen.findByTestId('agency-select')) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('magelang'));
    // Every built-in profile, by its Indonesian name (the generic one says what it is for).
    const options = Array.from(select.options).map((o) => [o.value, o.textContent]);
    expect(options.map(([id]) => id)).toEqual(agencies.map((a) => a.id));
    expect(options).toEqual(expect.arrayContaining([
      ['magelang', 'Pemerintah Kota Magelang'],
      ['umum', 'Instansi lain (umum)'],
    ]));
    expect(screen.getByTestId('agency-email').textContent).toContain('nama@pns.magelangkota.go.id (PNS)');
    fireEvent.change(select, { target: { value: 'umum' } });
    await waitFor(async () => expect(await fakeBrowser.storage.local.get('agencyId')).toEqual({ agencyId: 'umum' }));
    await screen.findByText('Tersimpan.');
    await waitFor(() => expect(screen.getByTestId('agency-email').textContent).toContain('berakhiran .go.id'));
    expect(select.value).toBe('umum');
    expect(select.disabled).toBe(false);
    expect(screen.queryByTestId('agency-managed')).toBeNull();
  });

  it.each([
    ['umum', 'magelang', 'umum', true],
    ['magelang', 'umum', 'magelang', true],
    ['nowhere', 'umum', 'umum', false],
  ])('managed %j over local %j: the page shows %j, locked %s', async (managed, local, shown, locked) => {
    await fakeBrowser.storage.local.set({ agencyId: local });
    await fakeBrowser.storage.managed.set({ agencyId: managed });
    render(<OptionsScreen />);
    const select = (await screen.findByTestId('agency-select')) as HTMLSelectElement;
    expect(select.value).toBe(shown);
    expect(select.disabled).toBe(locked);
    expect(!!screen.queryByTestId('agency-managed')).toBe(locked);
    // The local choice is kept as it was, for when the policy goes away.
    expect(await fakeBrowser.storage.local.get('agencyId')).toEqual({ agencyId: local });
  });

  it('the popup shows the generic profile\'s contacts: the agency\'s own units, no made-up numbers', async () => {
    await fakeBrowser.storage.local.set({ agencyId: 'umum' });
    render(<PopupScreen ask={async () => ({ page: 'bsre-aktivasi', step: 'data-kedinasan', status: null, guideStep: 8, errors: 0, looksDifferent: false })} />);
    await waitFor(() => expect(document.querySelector('[data-contact="persandian"]')?.textContent).toContain('Unit TTE / persandian instansi Anda'));
    expect(document.querySelector('[data-contact="persandian"] a')).toBeNull();
    expect(document.body.textContent).not.toContain('Magelang');
  });

  it("Chrome's managed storage schema lists every agency profile", () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '../../../public/managed_schema.json'), 'utf8'));
    expect(schema.properties.agencyId.enum).toEqual(agencies.map((a) => a.id));
  });
});
