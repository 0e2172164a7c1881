/**
 * The certificate page's "Instansi Kerja" compared with the built-in profiles' names. Apart from the
 * registry: the portal pages' content script carries only the generic profile and gets the others
 * from the background (PROFILES_MESSAGE in platform/settings.ts), so it hands them in here.
 */
import type { AgencyProfile } from '../contacts';

/** What the page shows after this label is the employee's agency (guide E.6: the certificate page). */
const INSTANSI_LABEL = /\binstansi kerja\b\s*[:：]?\s*/gi;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The built-in profile (not the generic one) whose name the page shows after "Instansi Kerja":
 * "Pemerintah Kota Magelang", or the same without "Pemerintah" ("Kota Magelang"), in any case.
 * Only the profile's id comes out; the page's words stay where they are.
 */
export function agencyShown(rawText: string, profiles: readonly AgencyProfile[]): string | null {
  const text = rawText.slice(0, 100_000);
  for (const m of text.matchAll(INSTANSI_LABEL)) {
    const from = (m.index ?? 0) + m[0].length;
    const value = squash(text.slice(from, from + 120));
    const found = profiles.find((p) => {
      if (p.emailDomainMatch === 'suffix') return false;
      const name = squash(p.name.id);
      const short = name.replace(/^pemerintah /, '');
      return value.startsWith(name) || value.startsWith(short);
    });
    if (found) return found.id;
  }
  return null;
}
