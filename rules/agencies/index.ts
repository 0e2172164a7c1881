import type { AgencyProfile } from '../contacts';
import { AGENCIES } from './registry';
import { umum } from './umum';

/**
 * Every agency profile the user can pick, one file each (the file name is the id); the generic
 * profile for any other agency comes last. public/managed_schema.json lists the same ids (a unit
 * test compares them).
 */
export const agencies: readonly AgencyProfile[] = [...Object.values(AGENCIES).filter((a) => a !== umum), umum];

/**
 * In force while nobody chose: the generic profile, so no employee is sent to another agency's desks
 * or told its email domains. The certificate page may then offer the profile its "Instansi Kerja"
 * names (agencyShown).
 */
export const DEFAULT_AGENCY_ID = umum.id;

export function agencyById(id: string | undefined): AgencyProfile {
  return agencies.find((a) => a.id === id) ?? umum;
}

/** What the page shows after this label is the employee's agency (guide E.6: the certificate page). */
const INSTANSI_LABEL = /\binstansi kerja\b\s*[:：]?\s*/gi;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The built-in profile (not the generic one) whose name the page shows after "Instansi Kerja":
 * "Pemerintah Kota Magelang", or the same without "Pemerintah" ("Kota Magelang"), in any case.
 * Only the profile's id comes out; the page's words stay where they are.
 */
export function agencyShown(rawText: string, profiles: readonly AgencyProfile[] = agencies): string | null {
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
