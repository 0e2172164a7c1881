import { useEffect, useState } from 'preact/hooks';
import { agencyById, DEFAULT_AGENCY_ID } from '../../rules/agencies';
import type { AgencyProfile } from '../../rules/contacts';
import type { Locale } from '../../rules/locales';
import { agencyItem, loadAgencyId, localeItem, type AgencySource } from '../../platform/settings';

/** The user's language and agency for an extension page, kept in sync with storage. */
export function usePrefs(): { locale: Locale; agency: AgencyProfile; source: AgencySource; ready: boolean } {
  const [locale, setLocale] = useState<Locale>(localeItem.fallback);
  const [agency, setAgency] = useState<{ id: string; source: AgencySource }>({ id: DEFAULT_AGENCY_ID, source: 'default' });
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const load = () =>
      Promise.all([localeItem.getValue(), loadAgencyId()]).then(([l, a]) => {
        setLocale(l);
        setAgency(a);
        setReady(true);
      });
    void load();
    const offs = [localeItem.watch(() => void load()), agencyItem.watch(() => void load())];
    return () => offs.forEach((off) => off());
  }, []);
  // The page's language follows the chosen locale, for screen readers and hyphenation.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return { locale, agency: agencyById(agency.id), source: agency.source, ready };
}
