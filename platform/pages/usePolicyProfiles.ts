import { useEffect, useState } from 'preact/hooks';
import { parseAgencyPolicy } from '../../rules/agencyPolicy';
import type { AgencyProfile } from '../../rules/contacts';
import { readManaged } from '../settings';

const NONE: readonly AgencyProfile[] = [];

/**
 * The agency profile this computer's policy sets, if valid, as a list (empty without one). The
 * helpdesk page uses it to read help codes from PCs of the same agency, which name that profile.
 */
export function usePolicyProfiles(): readonly AgencyProfile[] {
  const [profiles, setProfiles] = useState<readonly AgencyProfile[]>(NONE);
  useEffect(() => {
    let live = true;
    void readManaged().then((m) => {
      if (!live || m.agencyProfile === undefined) return;
      const r = parseAgencyPolicy(m.agencyProfile);
      if (r.ok) setProfiles([r.profile]);
    });
    return () => {
      live = false;
    };
  }, []);
  return profiles;
}
