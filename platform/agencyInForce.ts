/**
 * Which agency profile is in force, with the agency's whole profile from policy (`agencyProfile`)
 * checked by zod. Kept apart from settings.ts on purpose: zod must stay out of the content script
 * (about 20 KB gzip), which gets the result from the background script instead
 * (entrypoints/background.ts, message `pemandu:agency`).
 */
import { agencies, agencyById, DEFAULT_AGENCY_ID } from '../rules/agencies';
import { GENERIC_ID, parseAgencyPolicy, type PolicyProblem } from '../rules/agencyPolicy';
import type { AgencyProfile } from '../rules/contacts';
import { agencyItem, readManaged, type ManagedPolicy } from './settings';
import type { AgencySource } from '../rules/contacts';

export { AGENCY_MESSAGE } from './settings';

export interface AgencyInForce {
  agency: AgencyProfile;
  source: AgencySource;
  /** Set by the policy's `agencyProfile` (not a built-in profile). */
  custom: boolean;
  /** What is wrong in the policy (empty when nothing is); the generic profile is then in force. */
  problems: PolicyProblem[];
}

const known = (id: unknown): id is string => typeof id === 'string' && agencies.some((a) => a.id === id);

/** A managed profile (set by the agency's IT) wins over the user's own choice, which wins over the default. */
export function resolveAgencyId(managed: unknown, local: unknown): { id: string; source: AgencySource } {
  if (known(managed)) return { id: managed, source: 'managed' };
  if (known(local)) return { id: local, source: 'local' };
  return { id: DEFAULT_AGENCY_ID, source: 'default' };
}

/**
 * A whole profile in the policy (`agencyProfile`) wins over a built-in id in the policy
 * (`agencyId`), which wins over the user's own choice. An invalid `agencyProfile` never breaks
 * anything: the generic profile is in force and the problems are kept for the options page.
 */
export function resolveAgency(managed: ManagedPolicy, local: unknown): AgencyInForce {
  if (managed.agencyProfile !== undefined) {
    const r = parseAgencyPolicy(managed.agencyProfile);
    if (r.ok) return { agency: r.profile, source: 'managed', custom: true, problems: [] };
    return { agency: agencyById(GENERIC_ID), source: 'managed', custom: false, problems: r.problems };
  }
  const problems: PolicyProblem[] =
    managed.agencyId !== undefined && !agencies.some((a) => a.id === managed.agencyId)
      ? [{ path: 'agencyId', reason: 'agencyId' }]
      : [];
  const { id, source } = resolveAgencyId(managed.agencyId, local);
  return { agency: agencyById(id), source, custom: false, problems };
}

export async function loadAgency(): Promise<AgencyInForce> {
  const [managed, local] = await Promise.all([readManaged(), agencyItem.getValue()]);
  return resolveAgency(managed, local);
}
