/**
 * Which agency profile is in force: a managed one (set by the agency's IT through browser policy)
 * wins over the user's own choice, which wins over the default.
 */
import { browser } from 'wxt/browser';
import { agencies, DEFAULT_AGENCY_ID } from '../rules/agencies';
import { agencyItem } from './settings';

export type AgencySource = 'managed' | 'local' | 'default';
const known = (id: unknown): id is string => typeof id === 'string' && agencies.some((a) => a.id === id);

export function resolveAgencyId(managed: unknown, local: unknown): { id: string; source: AgencySource } {
  if (known(managed)) return { id: managed, source: 'managed' };
  if (known(local)) return { id: local, source: 'local' };
  return { id: DEFAULT_AGENCY_ID, source: 'default' };
}

/** Managed storage throws where no policy exists (and in some Firefox setups): that means "none". */
export async function readManagedAgencyId(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get('agencyId')).agencyId;
  } catch {
    return undefined;
  }
}

export async function loadAgencyId(): Promise<{ id: string; source: AgencySource }> {
  const [managed, local] = await Promise.all([readManagedAgencyId(), agencyItem.getValue()]);
  return resolveAgencyId(managed, local);
}
