import { useEffect, useState } from 'preact/hooks';
import type { Prefs } from '../../components/pages/prefs';
import { agencyById } from '../../rules/agencies';
import type { Locale } from '../../rules/locales';
import { resolveAgency } from '../agencyInForce';
import { agencyItem, guideDoneItem, localeItem, readManaged, type ManagedPolicy } from '../settings';

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

/** The guide steps the user ticked, kept in sync with storage, and how to tick or untick one. */
export function useGuideDone(): [readonly string[], (next: string[]) => void] {
  const [done, setDone] = useState<string[]>([]);
  useEffect(() => {
    void guideDoneItem.getValue().then(setDone);
    return guideDoneItem.watch(setDone);
  }, []);
  return [
    done,
    (next) => {
      setDone(next);
      void guideDoneItem.setValue(next);
    },
  ];
}
