import type { AgencyProfile } from '../rules/contacts';
import { loc, t, type Locale } from '../rules/locales/overlay';

/**
 * Nobody chose an agency yet and the certificate page's "Instansi Kerja" names one Pemandu TTE has a
 * profile for: one click uses its desks and email domains; "Bukan" keeps the generic profile. Either
 * answer is stored as the user's choice (a profile id only), so it is asked once.
 */
export function AgencyOffer({ agency, locale, onAccept, onDecline }: { agency: AgencyProfile; locale: Locale; onAccept(e: Event): void; onDecline(e: Event): void }) {
  return (
    <section class="pt-section pt-offer" data-agency-offer={agency.id} aria-labelledby="pt-offer-h">
      <h3 id="pt-offer-h">{t(locale, 'agencyOfferHeading')}</h3>
      <p>{t(locale, 'agencyOffer', { name: loc(locale, agency.name) })}</p>
      <div class="pt-actions">
        <button type="button" class="pt-primary" onClick={onAccept} data-action="agency-accept">
          {t(locale, 'agencyAccept')}
        </button>
        <button type="button" class="pt-secondary" onClick={onDecline} data-action="agency-decline">
          {t(locale, 'agencyDecline')}
        </button>
      </div>
    </section>
  );
}
