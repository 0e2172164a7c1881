import { agencyTipParams, type AgencyProfile } from '../rules/contacts';
import type { Validity } from '../rules/engine/readStatus';
import { format, statusWords, t, type Locale, type Messages } from '../rules/locales/overlay';
import type { StatusExplanation } from '../rules/schema';

/** Its stylesheet, put in the overlay with the panel's by the content script's status part. */
export { default as statusCardCss } from './StatusCard.css?inline';

function formatDate(d: Date, locale: Locale): string {
  return d.toLocaleDateString(t(locale, 'dateLocale'), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function validityLine(v: Validity | null, locale: Locale): { key: keyof Messages; text: string } {
  if (!v) return { key: 'validityUnknown', text: t(locale, 'validityUnknown') };
  const params = { date: formatDate(v.end, locale), days: Math.abs(v.daysLeft) };
  const key: keyof Messages =
    v.state === 'expired' ? 'validityExpired' : v.state === 'expiring' ? 'validityExpiring' : v.source === 'computed' ? 'validityEndComputed' : 'validityEnd';
  return { key, text: t(locale, key, params) };
}

/**
 * Explains one certificate status: meaning, next steps (the explanation in force, from the view
 * model: those that fit what "Email BSrE" shows), validity for active certificates. Desk names come
 * from the agency profile.
 */
export function StatusCard({
  code,
  explanation: e,
  validity,
  locale,
  agency,
}: {
  code: string;
  explanation: StatusExplanation;
  validity: Validity | null;
  locale: Locale;
  agency: AgencyProfile;
}) {
  const params = agencyTipParams(agency, locale);
  const words = statusWords(locale, e.id);
  const active = code === 'ACTIVE' || code === 'ISSUE';
  const v = active ? validityLine(validity, locale) : null;
  const tone = active && validity && validity.state !== 'ok' ? (validity.state === 'expired' ? 'error' : 'warn') : e.tone;
  return (
    <section class={`pt-section pt-status pt-tone-${tone}`} data-status-explained={code} aria-labelledby="pt-status-h">
      <h3 id="pt-status-h">{t(locale, 'statusHeading', { code })}</h3>
      <p class="pt-status-title">{words.title}</p>
      <p>{format(words.meaning, params)}</p>
      {v && (
        <p class="pt-validity" data-validity={validity?.state ?? 'unknown'}>
          {v.text}
        </p>
      )}
      <h4>{t(locale, 'statusNext')}</h4>
      <ol>
        {e.next.map((n) => (
          <li key={n.id}>{format(words.next[n.id] ?? '', params)}</li>
        ))}
      </ol>
    </section>
  );
}
