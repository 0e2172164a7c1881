import { useEffect, useState } from 'preact/hooks';
import { agencyById } from '../../rules/agencies';
import type { AgencyProfile } from '../../rules/contacts';
import type { Locale } from '../../rules/locales';
import type { PolicyProblem } from '../../rules/agencyPolicy';
import { resolveAgency } from '../../platform/agencyInForce';
import { agencyItem, localeItem, readManaged, type AgencySource, type ManagedPolicy } from '../../platform/settings';

export interface Prefs {
  locale: Locale;
  agency: AgencyProfile;
  source: AgencySource;
  /** The local items have been read (fast): the page can show the user's own choices. */
  ready: boolean;
  /** The agency's policy (managed storage) has been read; its first read can take seconds. */
  policyRead: boolean;
  /** The policy set a whole profile of its own (not a built-in id). */
  custom: boolean;
  /** What is wrong in the policy; the generic profile is then in force. */
  problems: PolicyProblem[];
}

/**
 * The user's language and agency for an extension page, kept in sync with storage. The page
 * renders at once from the local items; the policy state fills in when the managed read arrives
 * (in a fresh Chromium that first read takes seconds, and waiting for it left the page blank).
 */
export function usePrefs(): Prefs {
  const [locale, setLocale] = useState<Locale>(localeItem.fallback);
  const [local, setLocal] = useState<unknown>(undefined);
  const [managed, setManaged] = useState<ManagedPolicy | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    const loadLocal = () =>
      Promise.all([localeItem.getValue(), agencyItem.getValue()]).then(([l, a]) => {
        if (!live) return;
        setLocale(l);
        setLocal(a);
        setReady(true);
      });
    void loadLocal();
    void readManaged().then((m) => live && setManaged(m));
    const offs = [localeItem.watch(() => void loadLocal()), agencyItem.watch(() => void loadLocal())];
    return () => {
      live = false;
      offs.forEach((off) => off());
    };
  }, []);
  // The page's language follows the chosen locale, for screen readers and hyphenation.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const inForce = resolveAgency(managed ?? {}, local);
  return {
    locale,
    agency: inForce.agency ?? agencyById(undefined),
    source: inForce.source,
    ready,
    policyRead: managed !== null,
    custom: inForce.custom,
    problems: inForce.problems,
  };
}
