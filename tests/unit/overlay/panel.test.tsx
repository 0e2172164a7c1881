// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PanelActions } from '../../../components/Panel';
import { ModelPanel } from '../../fixtures/panel';
import { guidePosition } from '../../../rules/guide';
import { STATUS_CODES } from '../../../rules/ids';
import { statusWords } from '../../../rules/locales';
import { explainStatus } from '../../../rules/statuses';
import { model, state } from './overlayModel';

/** happy-dom makes no trusted event: its clicks stand for a person's. */
const actions = (): PanelActions => ({ isPerson: () => true, onToggle: vi.fn(), onLocale: vi.fn(), onSubmitAnyway: vi.fn(), onDismissGuard: vi.fn(), onCopyCode: vi.fn() });

afterEach(cleanup);

describe('<Panel>', () => {
  it.each(STATUS_CODES.map((c) => [c]))('explains %s with next steps and contacts', (code) => {
    const { container } = render(<ModelPanel model={model({ state: state({ page: 'myasn-sertifikat', status: code }) })} actions={actions()} announcement="" />);
    const card = container.querySelector(`[data-status-explained="${code}"]`)!;
    expect(card).not.toBeNull();
    expect(card.textContent).toContain(code);
    expect(card.querySelectorAll('ol li').length).toBeGreaterThan(0);
    expect(container.querySelector('[data-contact]')).not.toBeNull();
  });

  it('shows registration tips only while the user is not registered', () => {
    const at = (status: string) => render(<ModelPanel model={model({ state: state({ page: 'myasn-sertifikat', status }) })} actions={actions()} announcement="" />).container;
    expect(at('NOT_REGISTERED').querySelector('[data-tip="registrasi"]')).not.toBeNull();
    cleanup();
    const active = at('ACTIVE');
    expect(active.querySelector('[data-tip="registrasi"]')).toBeNull();
    expect(active.querySelector('[data-tip="kendala"]')).not.toBeNull();
  });

  it('falls back for an unknown status', () => {
    const { container } = render(<ModelPanel model={model({ state: state({ page: 'myasn-sertifikat', status: 'FROZEN_X' }) })} actions={actions()} announcement="" />);
    expect(container.querySelector('[data-status-explained="FROZEN_X"]')?.textContent).toContain('belum mengenal');
  });

  it('shows where the user is in the whole guide', () => {
    render(<ModelPanel model={model({ state: state({ page: 'bsre-aktivasi', step: 'data-kedinasan' }) })} actions={actions()} announcement="" />);
    expect(screen.getByText(/Langkah 8 dari 10/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Data Kedinasan' })).toBeTruthy();
  });

  it('switches to English copy', () => {
    render(<ModelPanel model={model({ locale: 'en', state: state({ page: 'myasn-sertifikat', status: 'NOT_REGISTERED' }) })} actions={actions()} announcement="" />);
    expect(screen.getByText(/Step 4 of 10/)).toBeTruthy();
    expect(screen.getByText('Not registered with BSrE')).toBeTruthy();
  });

  it('warns about expiry from the validity period', () => {
    const end = new Date(Date.UTC(2027, 0, 10));
    const { container } = render(
      <ModelPanel model={model({ state: state({ page: 'myasn-sertifikat', status: 'ACTIVE', validity: { end, daysLeft: 46, state: 'expiring', source: 'shown' } }) })} actions={actions()} announcement="" />,
    );
    const v = container.querySelector('[data-validity="expiring"]')!;
    expect(v.textContent).toContain('46 hari');
    expect(v.textContent).toContain('2027');
  });

  it.each([
    ['id', 'ACTIVE', /sudah lewat[^.]*317 hari yang lalu[^]*masih aktif/],
    ['en', 'ISSUE', /ended on[^.]*317 days ago[^]*still shows it as active/],
  ] as const)('explains an expired %s certificate as expired (%s): what it means, renewal steps, guide step', (locale, status, line) => {
    const end = new Date(Date.UTC(2026, 0, 12));
    const { container } = render(
      <ModelPanel model={model({ locale, state: state({ page: 'myasn-sertifikat', status, validity: { end, daysLeft: -317, state: 'expired', source: 'shown' } }) })} actions={actions()} announcement="" />,
    );
    // The portal's own code stays visible and in the contract attribute.
    const card = container.querySelector(`[data-status-explained="${status}"]`)!;
    expect(card.textContent).toContain(status);
    expect(card.className).toContain('pt-tone-error');
    const expired = explainStatus('EXPIRED');
    const words = statusWords(locale, expired.id);
    expect(card.textContent).toContain(words.title);
    expect(card.textContent).toContain(words.next[expired.next[0]!.id]!);
    expect(card.textContent).not.toContain(statusWords(locale, explainStatus(status).id).title);
    // EXPIRED says nothing about the guide's steps: the certificate page's own step stands.
    expect(container.querySelector('[data-guide-step]')!.getAttribute('data-guide-step')).toBe(String(guidePosition('cek-status')));
    expect(container.querySelector('[data-validity="expired"]')!.textContent).toMatch(line);
  });

  it('says the page looks different only once the page has settled', () => {
    const s = state({ page: 'myasn-sertifikat', missing: ['markers', 'status'], match: 'url' });
    const { container, rerender } = render(<ModelPanel model={model({ state: s, settled: false })} actions={actions()} announcement="" />);
    expect(container.querySelector('[data-looks-different]')).toBeNull();
    rerender(<ModelPanel model={model({ state: s, settled: true })} actions={actions()} announcement="" />);
    expect(container.querySelector('[data-looks-different]')).not.toBeNull();
    // Tips and contacts are still offered.
    expect(container.querySelector('[data-tip]')).not.toBeNull();
    expect(container.querySelector('[data-contact]')).not.toBeNull();
  });

  it('renders findings with verdicts and the passphrase checklist, never values', () => {
    const { container } = render(
      <ModelPanel
        model={model({
          state: state({ page: 'bsre-passphrase', step: 'buat-passphrase' }),
          findings: [
            {
              field: 'passphrase',
              verdict: 'error',
              reason: 'symbol',
              rules: [
                { rule: 'minLength', met: true },
                { rule: 'symbol', met: false },
              ],
            },
          ],
        })}
        actions={actions()}
        announcement=""
      />,
    );
    const f = container.querySelector('[data-field="passphrase"]')!;
    expect(f.getAttribute('data-verdict')).toBe('error');
    // The checklist's state is in its words and classes inside the shadow root, in no attribute.
    const rules = Array.from(f.querySelectorAll('.pt-rules li'));
    expect(rules.map((li) => li.className)).toEqual(['pt-met', 'pt-unmet']);
    expect(rules[1]!.textContent).toContain('belum');
    expect(f.querySelector('[data-rule], [data-met], [data-reason]')).toBeNull();
  });

  it('offers the guard with submit-anyway and fix-first', () => {
    const a = actions();
    render(
      <ModelPanel
        model={model({
          state: state({ page: 'bsre-aktivasi', step: 'data-diri' }),
          guard: { button: 'Kirim Kode OTP', problems: [{ field: 'nik', verdict: 'error', reason: 'length', params: { count: 15 } }] },
        })}
        actions={a}
        announcement=""
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Kirim Kode OTP');
    fireEvent.click(screen.getByRole('button', { name: 'Tetap lanjutkan' }));
    expect(a.onSubmitAnyway).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Perbaiki dulu' }));
    expect(a.onDismissGuard).toHaveBeenCalledOnce();
  });

  it.each([
    ['id', 'Simpan', 'Perbaiki isian', 'sudah diteruskan ke portal'],
    ['en', 'Simpan', 'Fix the entry', 'went on to the portal'],
  ] as const)('%s: a click that went through lists the problems with no "Tetap lanjutkan" and takes no focus', (locale, button, fix, says) => {
    const a = actions();
    const problems = [{ field: 'email-dinas', verdict: 'error', reason: 'email.public', params: {} }] as never;
    const { container } = render(
      <ModelPanel model={model({ locale, state: state({ page: 'myasn-kontak-pribadi', step: 'form' }), guard: { button, problems, mode: 'passed' } })} actions={a} announcement="" />,
    );
    const guard = container.querySelector('[data-guard="passed"]')!;
    expect(guard.textContent).toContain(says);
    expect(guard.querySelector('[data-guard-field="email-dinas"]')).not.toBeNull();
    expect(container.querySelector('[data-action="submit-anyway"]')).toBeNull();
    expect(document.activeElement).not.toBe(guard);
    fireEvent.click(screen.getByRole('button', { name: fix }));
    expect(a.onDismissGuard).toHaveBeenCalledOnce();
  });

  it.each([
    ['id', 'klik "Simpan" sekali lagi'],
    ['en', 'click "Simpan" once more'],
  ] as const)('%s: after the page re-created the button, asks for one more click', (locale, says) => {
    const { container } = render(
      <ModelPanel model={model({ locale, state: state({ page: 'myasn-kontak-pribadi', step: 'form' }), guard: { button: 'Simpan', problems: [], mode: 'again' } })} actions={actions()} announcement="" />,
    );
    expect(container.querySelector('[data-guard="again"]')!.textContent).toContain(says);
    expect(container.querySelector('[data-action]:is([data-action="submit-anyway"], [data-action="fix-first"])')).toBeNull();
  });

  it('collapses to a labelled button that keeps the live region', () => {
    const a = actions();
    const { container } = render(<ModelPanel model={model({ collapsed: true })} actions={a} announcement="NIK harus 16 digit" />);
    // Its name begins with what it shows, so "click TTE" works by voice.
    const fab = screen.getByRole('button', { name: 'TTE · Buka Pemandu TTE' });
    expect(fab.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe('NIK harus 16 digit');
    fireEvent.click(fab);
    expect(a.onToggle).toHaveBeenCalledOnce();
  });
});
