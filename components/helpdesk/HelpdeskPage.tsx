import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { agencyById, DEFAULT_AGENCY_ID } from '../../rules/agencies';
import type { AgencyProfile } from '../../rules/contacts';
import type { DecodeError, HelpCode } from '../../rules/helpCode/schema';
import { decodeHelpCode } from '../../rules/helpCode/decode';
import { UNKNOWN_STATUS } from '../../rules/engine/readStatus';
import { pageRules } from '../../rules/index';
import { loc, nextLocale, screenTitle, t, type Locale } from '../../rules/locales';
import { STATUS_CODES } from '../../rules/ids';
import { helpdeskMessages } from './messages';
import { Reproduction } from './Reproduction';

function sample(page: HelpCode['page'], step: string | null, status: string | null, locale: Locale): HelpCode {
  return {
    extVersion: browser.runtime.getManifest().version,
    browser: 'chrome',
    page,
    step,
    status,
    findings: [],
    missing: [],
    agency: DEFAULT_AGENCY_ID,
    locale,
    validity: status === 'ACTIVE' || status === 'ISSUE' ? { state: 'ok', source: 'shown', daysLeft: 400 } : null,
  };
}

/** Paste a help code → the user's screen reproduced; or pick any page/step/status from the gallery. */
export function HelpdeskPage({ initialCode, policyProfiles }: { initialCode: string; policyProfiles: readonly AgencyProfile[] }) {
  const [locale, setLocale] = useState<Locale>('id');
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<DecodeError | null>(null);
  const [shown, setShown] = useState<{ d: HelpCode; fromCode: boolean } | null>(() => {
    const r = initialCode ? decodeHelpCode(initialCode) : null;
    return r?.ok ? { d: r.value, fromCode: true } : null;
  });
  // A code from a PC of this computer's agency names the agency's own profile (from policy).
  useEffect(() => {
    if (!initialCode || policyProfiles.length === 0) return;
    const r = decodeHelpCode(initialCode, policyProfiles);
    if (r.ok) setShown({ d: r.value, fromCode: true });
  }, [initialCode, policyProfiles]);
  const agencyOf = (id: string) => policyProfiles.find((a) => a.id === id) ?? (agencyById(id).id === id ? agencyById(id) : null);
  const agencyName = (l: Locale, id: string) => {
    const a = agencyOf(id);
    return a ? loc(l, a.name) : '';
  };
  const m = helpdeskMessages[locale];

  const show = (e: Event) => {
    e.preventDefault();
    const r = decodeHelpCode(code, policyProfiles);
    if (r.ok) {
      setError(null);
      setShown({ d: r.value, fromCode: true });
    } else {
      setError(r.error);
      setShown(null);
    }
  };

  return (
    <main class="hd" data-testid="helpdesk">
      <header class="hd-header">
        <h1>{m.title}</h1>
        <button type="button" onClick={() => setLocale(nextLocale(locale))}>
          {t(locale, 'languageSwitch')}
        </button>
      </header>
      <p>{m.intro}</p>
      <form onSubmit={show} class="hd-form">
        <label for="hd-code">{m.label}</label>
        <textarea id="hd-code" rows={2} value={code} onInput={(e) => setCode((e.target as HTMLTextAreaElement).value)} spellcheck={false} data-testid="code-input" />
        <button type="submit" data-testid="show-code">
          {m.show}
        </button>
      </form>
      {error && (
        <p class="hd-error" role="alert" data-testid="code-error" data-error={error}>
          {m.errors[error]}
        </p>
      )}
      {shown && (
        <section aria-label={m.summary}>
          {shown.fromCode && (
            <dl class="hd-summary" data-testid="code-summary">
              <dt>{m.page}</dt>
              <dd data-testid="summary-page">{shown.d.page ? <Titled title={screenTitle(locale, shown.d.page)} id={shown.d.page} /> : m.none}</dd>
              <dt>{m.step}</dt>
              <dd data-testid="summary-step">{shown.d.page && shown.d.step ? <Titled title={stepTitle(locale, shown.d.page, shown.d.step)} id={shown.d.step} /> : m.none}</dd>
              <dt>{m.status}</dt>
              <dd data-testid="summary-status">{shown.d.status === UNKNOWN_STATUS ? m.unknownStatus : (shown.d.status ?? m.none)}</dd>
              <dt>{m.browser}</dt>
              <dd>{shown.d.browser}</dd>
              <dt>{m.version}</dt>
              <dd>{shown.d.extVersion}</dd>
              <dt>{m.agency}</dt>
              <dd data-testid="summary-agency">
                <Titled title={agencyName(locale, shown.d.agency)} id={shown.d.agency} />
              </dd>
              <dt>{m.missing}</dt>
              <dd>{shown.d.missing.join(', ') || m.none}</dd>
            </dl>
          )}
          <Reproduction helpCode={shown.d} policyProfiles={policyProfiles} />
        </section>
      )}
      <section class="hd-gallery" aria-labelledby="hd-gallery-h">
        <h2 id="hd-gallery-h">{m.gallery}</h2>
        <p>{m.galleryIntro}</p>
        {pageRules.map((rule) => (
          <div key={rule.id} class="hd-gallery-row">
            <strong>{screenTitle(locale, rule.id)}</strong>{' '}
            {(rule.status ? [...STATUS_CODES] : rule.steps ? rule.steps.map((s) => s.id) : [null]).map((v) => (
              <button
                type="button"
                key={String(v)}
                data-gallery={`${rule.id}${v ? `/${v}` : ''}`}
                onClick={() => setShown({ d: sample(rule.id, rule.steps && v ? v : null, rule.status ? v : null, locale), fromCode: false })}
              >
                {v ?? rule.id}
              </button>
            ))}
          </div>
        ))}
      </section>
    </main>
  );
}

/** A title for the caller's words, with the id in small text for staff who want it. */
function Titled({ title, id }: { title: string; id: string }) {
  if (!title) return <>{id}</>;
  return (
    <>
      {title} <small class="hd-id">({id})</small>
    </>
  );
}

/** The step's own title; a step without one of its own shows its id. */
function stepTitle(locale: Locale, page: string, step: string): string {
  const title = screenTitle(locale, page, step);
  return title && title !== screenTitle(locale, page) ? title : '';
}
