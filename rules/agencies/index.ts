import type { AgencyProfile } from '../contacts';
import { magelang } from './magelang';
import { umum } from './umum';

/**
 * Every agency profile the user can pick, one file each (the file name is the id). The first one
 * is the default; the generic profile for any other agency comes last.
 * public/managed_schema.json lists the same ids (a unit test compares them).
 */
export const agencies: readonly AgencyProfile[] = [magelang, umum];
export const DEFAULT_AGENCY_ID = magelang.id;

export function agencyById(id: string | undefined): AgencyProfile {
  return agencies.find((a) => a.id === id) ?? magelang;
}
