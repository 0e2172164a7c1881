import type { AgencyProfile } from '../contacts';
import { magelang } from './magelang';

/** Every agency profile the user can pick. The first one is the default. */
export const agencies: readonly AgencyProfile[] = [magelang];
export const DEFAULT_AGENCY_ID = magelang.id;

export function agencyById(id: string | undefined): AgencyProfile {
  return agencies.find((a) => a.id === id) ?? magelang;
}
