import type { AgencyProfile, ContactId } from '../rules/contacts';
import { deskWords, loc, t, type Locale } from '../rules/locales/overlay';

/**
 * Help desks as links the user can act on: WhatsApp click-to-chat, tel:, mailto:, Telegram.
 * `level`: its heading's level, one below the page's (3 in the panel, 2 under a page's h1).
 */
export function Contacts({ agency, ids, locale, level = 3 }: { agency: AgencyProfile; ids: readonly ContactId[]; locale: Locale; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const shown = ids.filter((id) => agency.contacts[id]);
  if (shown.length === 0) return null;
  return (
    <section class="pt-section" aria-labelledby="pt-contacts-h">
      <Heading id="pt-contacts-h">{t(locale, 'contactsHeading')}</Heading>
      <ul class="pt-contacts">
        {shown.map((id) => {
          const c = agency.contacts[id]!;
          // A national desk is worded in the copy; the agency's own desks in its profile.
          const desk = deskWords(locale, id);
          return (
            <li key={id} data-contact={id}>
              <strong>{c.name ? loc(locale, c.name) : desk?.name}</strong>
              <span class="pt-muted">{c.about ? loc(locale, c.about) : desk?.about}</span>
              <span class="pt-links">
                {c.whatsapp && (
                  <a href={`https://wa.me/${c.whatsapp}`} target="_blank" rel="noopener noreferrer">
                    {t(locale, 'whatsapp')} {c.phone ?? `+${c.whatsapp}`}
                  </a>
                )}
                {!c.whatsapp && c.phone && <a href={`tel:${c.phone.replace(/[^+\d]/g, '')}`}>{t(locale, 'phone')} {c.phone}</a>}
                {c.email && <a href={`mailto:${c.email}`}>{c.email}</a>}
                {c.telegram && (
                  <a href={`https://t.me/${c.telegram.slice(1)}`} target="_blank" rel="noopener noreferrer">
                    {t(locale, 'telegram')} {c.telegram}
                  </a>
                )}
                {c.url && (
                  <a href={c.url} target="_blank" rel="noopener noreferrer">
                    {new URL(c.url).host}
                  </a>
                )}
                {c.hours && <span class="pt-muted">{loc(locale, c.hours)}</span>}
                {c.unverified && <span class="pt-muted">{t(locale, 'unverified')}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
