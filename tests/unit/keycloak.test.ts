// @vitest-environment happy-dom
/**
 * The SSO as Keycloak really renders it (tests/fixtures/keycloak/: its own templates, both themes,
 * Indonesian and English): recognised by the realm URL and Keycloak's form ids whatever the wording,
 * never "looks different" while the fields the help checks are there, Keycloak's messages explained,
 * and an address in "Nama pengguna atau surel" a warning, never a hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { VIEW_KIT } from '../fixtures/kit';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { overlayView } from '../../components/viewModel';
import { detect } from '../../rules/engine/detect';
import { takeSnapshot } from '../../rules/engine/snapshot';
import { model } from './overlay/overlayModel';
import { fakeLayout } from './overlay/layout';
import { shadow, startController, stopController, typeInto } from './overlay/start';
import { detectAll } from '../fixtures/kit';

const DIR = join(__dirname, '../fixtures/keycloak');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.html'));
const URL = 'https://sso-siasn.bkn.go.id/auth/realms/public-siasn/login-actions/authenticate?session_code=abc&execution=def&client_id=asndigital&tab_id=ghi';

/** The page's body as Keycloak sent it, without its scripts. */
function body(file: string): string {
  const html = readFileSync(join(DIR, file), 'utf8');
  return (/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '').replace(/<script[\s\S]*?<\/script>/g, '');
}
function load(file: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(URL);
  document.body.innerHTML = body(file);
  return detectAll(URL, takeSnapshot(document));
}

describe('Keycloak fixtures', () => {
  it('are all here: two themes, two languages, login and one-time code with and without errors', () => {
    expect(FILES).toHaveLength(28);
  });

  it.each(FILES.map((f) => [f]))('%s: the SSO page and its step, nothing the help needs missing', (file) => {
    const got = load(file);
    expect(got.page).toBe('sso-login');
    expect(got.step).toBe(file.includes('-otp') ? 'otp' : 'masuk');
    expect(got.missing).toEqual([]);
    expect(overlayView(model({ state: got, settled: true }), VIEW_KIT)!.looksDifferent).toBe(false);
  });

  it.each(FILES.filter((f) => f.includes('error')).map((f) => [f]))("%s: Keycloak's message is explained", (file) => {
    const got = load(file);
    const tip = file.includes('-otp') ? 'kode-otp-salah' : 'nip-atau-sandi-salah';
    expect(got.notices).toEqual([tip]);
    const tips = overlayView(model({ state: got, settled: true }), VIEW_KIT)!.tips;
    expect(tips[0]!.id).toBe(tip);
    expect(tips[0]!.words).not.toBe('');
  });

  it('a message tip is not shown while the page does not show its message', () => {
    const got = load('v2-id-login.html');
    expect(got.notices).toBeUndefined();
    expect(overlayView(model({ state: got, settled: true }), VIEW_KIT)!.tips.map((t) => t.id)).not.toContain('nip-atau-sandi-salah');
  });
});

describe('login by email allowed', () => {
  let layout: ReturnType<typeof fakeLayout>;
  beforeEach(() => {
    layout = fakeLayout();
  });
  afterEach(() => {
    layout.restore();
    stopController();
  });

  async function open(file: string) {
    startController(URL, body(file));
    await vi.waitFor(() => expect(document.querySelector('pemandu-tte')?.getAttribute('data-step')).toBe('masuk'));
    let sent = 0;
    document.getElementById('kc-form-login')!.addEventListener('submit', (e) => {
      e.preventDefault();
      sent++;
    });
    return () => sent;
  }
  const verdict = () => shadow()!.querySelector('[data-field="nip"]');

  it.each([['v2-id-login-email.html'], ['classic-en-login-email.html']])('%s: an address is a warning that the guide asks for the NIP, and Masuk is not held', async (file) => {
    const sent = await open(file);
    typeInto(document.getElementById('username') as HTMLInputElement, 'budi@pns.magelangkota.go.id');
    expect(verdict()!.getAttribute('data-verdict')).toBe('warn');
    expect(verdict()!.textContent).toMatch(/NIP/);
    document.getElementById('kc-login')!.click();
    expect(sent()).toBe(1);
    expect(shadow()!.querySelector('[data-guard]')).toBeNull();
  });

  it('where the label says username only, an address is still not a NIP (an error that holds Masuk)', async () => {
    const sent = await open('v2-id-login.html');
    typeInto(document.getElementById('username') as HTMLInputElement, 'budi@pns.magelangkota.go.id');
    expect(verdict()!.getAttribute('data-verdict')).toBe('error');
    document.getElementById('kc-login')!.click();
    expect(sent()).toBe(0);
  });
});
