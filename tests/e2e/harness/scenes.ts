/** Scenes several e2e files start from, written once. */
import type { E2EBrowser, E2EPage } from './types';

/** Every extension page with the element that shows it is ready (the popup outside a portal). */
export const EXTENSION_PAGES = [
  ['/popup.html', '[data-testid="popup-not-portal"]'],
  ['/options.html', '[data-testid="options"]'],
  ['/guide.html', '[data-testid="guide"]'],
  ['/helpdesk.html', '[data-testid="helpdesk"]'],
  ['/profil-instansi.html', '[data-testid="agency-page"]'],
] as const;

/**
 * The user's own agency choice, as the options page stores it (nobody chose: the generic profile).
 * Suites that check one agency's domains or desks choose it first.
 */
export async function chooseAgency(b: Pick<E2EBrowser, 'extensionPage'>, agencyId: string): Promise<void> {
  const page = await b.extensionPage('/options.html', '[data-testid="options"]');
  try {
    await page.evaluate(async (id) => {
      const g = globalThis as unknown as { browser?: { storage: { local: { set(v: object): Promise<void> } } }; chrome: { storage: { local: { set(v: object): Promise<void> } } } };
      await (g.browser ?? g.chrome).storage.local.set({ agencyId: id });
    }, agencyId);
  } finally {
    await page.close();
  }
}

/** The replica MyASN "Kontak Pribadi" form (its `?replica=` state appended when given). */
export const KONTAK_URL = 'https://myasn.bkn.go.id/profil/update#kontak-pribadi';

/**
 * On the Kontak Pribadi form the page is already on, a public address typed as email dinas: an
 * error the guard holds. Waits until the panel shows it (`seen`: by default the field's error row;
 * a narrow screen may fold the panel into the TTE button, which then carries a count instead).
 */
export async function typePublicEmailDinas(p: E2EPage, seen = '[data-field="email-dinas"][data-verdict="error"]'): Promise<void> {
  await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
  await p.fill('input[name="email_dinas"]', 'budi@gmail.com');
  await p.waitForShadow(seen, 5000);
}
