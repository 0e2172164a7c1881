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
 * names (agencyShown, in shown.ts).
 */
export const DEFAULT_AGENCY_ID = umum.id;

export function agencyById(id: string | undefined): AgencyProfile {
  return agencies.find((a) => a.id === id) ?? umum;
}

export { agencyShown } from './shown';
