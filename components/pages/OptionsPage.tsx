import { useState } from 'preact/hooks';
import { agencies } from '../../rules/agencies';
import type { AgencyProfile } from '../../rules/contacts';
import { domainsOf } from '../../rules/fields/types';
import { copy, format, loc, LOCALES, type Locale } from '../../rules/locales';
import { pageMessages } from './messages';
import type { Prefs } from './prefs';
import { agencyCopy } from '../agency/copy';
import { PolicyState } from '../agency/PolicyState';

/** "nama@pns.x.go.id (PNS), nama@asn.x.go.id (PPPK)", or one type's list when both use the same domains. */
function emailDomainList(agency: AgencyProfile): string {
  const list = (t: 'pns' | 'pppk') => domainsOf(agency, t).map((d) => `nama@${d}`).join(', ');
  return list('pns') === list('pppk') ? list('pns') : `${list('pns')} (PNS), ${list('pppk')} (PPPK)`;
}

/** Agency profile and language. A profile set by the agency's IT (managed storage) is locked. */
export function OptionsPage({ prefs, saveAgency, saveLocale }: { prefs: Prefs; saveAgency: (id: string) => Promise<void>; saveLocale: (l: Locale) => Promise<void> }) {
  const { locale, agency, source, custom } = prefs;
  const [saved, setSaved] = useState(false);
  const m = pageMessages[locale];
  const save = async (p: Promise<void>) => {
    await p;
    setSaved(true);
  };
  // Rendered at once from the local choice: the agency's policy can take seconds to read in a fresh
  // browser, and the select stays locked only once it says so.
  return (
    <main data-testid="options">
      <h1>{m.optionsTitle}</h1>
      <p>
        <label for="agency">{m.agency}</label>
        <br />
        <select id="agency" value={agency.id} disabled={source === 'managed'} onChange={(e) => void save(saveAgency((e.target as HTMLSelectElement).value))} data-testid="agency-select">
          {custom && <option value={agency.id}>{loc(locale, agency.name)}</option>}
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {loc(locale, a.name)}
            </option>
          ))}
        </select>
        {source === 'managed' && (
          <span class="muted" data-testid="agency-managed">
            {' '}
            {m.agencyManaged}
          </span>
        )}
        <br />
        <span class="muted" data-testid="agency-email">
          {agency.emailDomainMatch === 'suffix' ? format(m.agencyEmailGov, { suffix: agency.emailDomains.pns }) : format(m.agencyEmail, { domains: emailDomainList(agency) })}
        </span>
      </p>
      <PolicyState prefs={prefs} locale={locale} />
      <p>
        <label for="language">{m.language}</label>
        <br />
        <select id="language" value={locale} onChange={(e) => void save(saveLocale((e.target as HTMLSelectElement).value as Locale))} data-testid="language-select">
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {copy[l].ui.languageName}
            </option>
          ))}
        </select>
      </p>
      <p role="status" aria-live="polite">
        {saved ? m.saved : ''}
      </p>
      <p class="muted">{m.privacy}</p>
      <p>
        <a href="/profil-instansi.html" data-testid="link-agency-page">
          {agencyCopy[locale].forIt}
        </a>
      </p>
    </main>
  );
}
