import type { AgencyProfile } from '../schema';

/**
 * Declares an agency (instansi) profile: one file per agency, rules/agencies/<id>.ts, with its
 * examples beside it (<id>.examples.ts); its names and desks are in the profile itself, in Indonesian
 * and English (the agency's own data, not translation). public/managed_schema.json lists the ids.
 */
export const defineAgency = (profile: AgencyProfile): AgencyProfile => profile;
