import { useState } from 'preact/hooks';
import type { AgencyProfile } from '../../rules/contacts';
import { validateEmailDinas } from '../../rules/fields';
import { domainsOf } from '../../rules/fields/types';
import { CONTACT_IDS } from '../../rules/ids';
import type { Locale } from '../../rules/locales';
import { Contacts } from '../Contacts';
import { findingWords } from '../../rules/locales';
import { agencyCopy } from './copy';

/** Addresses to try the check on: the profile's own domains and a public mailbox. */
export function sampleAddresses(p: AgencyProfile): string {
  const all = [...new Set([...domainsOf(p, 'pns'), ...domainsOf(p, 'pppk')])];
  const own = p.emailDomainMatch === 'suffix' ? [`nama@contoh.${p.emailDomains.pns}`] : all.map((d) => `nama@${d}`);
  return [...own, 'nama@gmail.com'].join('\n');
}

/**
 * What employees will see with this profile: the help contacts as the overlay lists them, and the
 * email dinas check run on sample addresses (typed here by IT, checked here, kept nowhere).
 */
export function Preview({ profile, locale }: { profile: AgencyProfile; locale: Locale }) {
  const c = agencyCopy[locale];
  const [edited, setEdited] = useState<string | null>(null);
  const samples = edited ?? sampleAddresses(profile);
  const lines = samples
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 10);
  return (
    <section aria-labelledby="preview-h" data-testid="agency-preview">
      <h2 id="preview-h">{c.sectionPreview}</h2>
      <div class="preview-contacts" data-testid="preview-contacts">
        <Contacts agency={profile} ids={CONTACT_IDS} locale={locale} level={2} />
      </div>
      <h3>{c.previewEmail}</h3>
      <p class="field">
        <label for="samples">{c.sampleAddresses}</label>
        <br />
        <textarea id="samples" rows={4} value={samples} spellcheck={false} onInput={(e) => setEdited((e.target as HTMLTextAreaElement).value)} />
      </p>
      <ul class="plain" data-testid="preview-email">
        {lines.map((address) => {
          const f = validateEmailDinas(address, profile);
          return (
            <li key={address} class="sample" data-verdict={f.verdict} data-reason={f.reason}>
              <code>{address}</code> <strong>{f.verdict === 'ok' ? '✓' : f.verdict === 'warn' ? '!' : '✗'}</strong> {findingWords(locale, f)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
