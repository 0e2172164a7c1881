import { t, type Locale } from '../rules/locales/overlay';
import type { ShownFinding } from './viewModel';

/** Their stylesheet, put in the overlay with the panel's by the content script's field part. */
export { default as findingsCss } from './Findings.css?inline';

const VERDICT_KEYS = { ok: 'verdictOk', warn: 'verdictWarn', error: 'verdictError' } as const;
const ICONS = { ok: '✓', warn: '!', error: '✕' } as const;

/**
 * One line per checked field, worded by the view model. Values are never rendered here: only the
 * verdict and the reason's message, so nothing the user typed reaches the overlay's DOM. No
 * attribute carries the reason or the passphrase checklist's state beyond what the test contract
 * names (data-field, data-verdict): read key by key, they would spell out the passphrase's make-up.
 */
export function Findings({ findings, locale }: { findings: readonly ShownFinding[]; locale: Locale }) {
  if (findings.length === 0) return null;
  return (
    <section class="pt-section" aria-labelledby="pt-checks-h">
      <h3 id="pt-checks-h">{t(locale, 'checksHeading')}</h3>
      <ul class="pt-findings">
        {findings.map((f) => (
          <li key={f.field} class={`pt-finding pt-tone-${f.verdict}`} data-field={f.field} data-verdict={f.verdict}>
            <span class="pt-icon" aria-hidden="true">
              {ICONS[f.verdict]}
            </span>
            <span class="pt-sr">{t(locale, VERDICT_KEYS[f.verdict])}: </span>
            <strong class="pt-field-name">{f.name}:</strong> <span>{f.text}</span>
            {f.rules && (
              <ul class="pt-rules" aria-label={t(locale, 'checksHeading')}>
                {f.rules.map((r) => (
                  <li key={r.rule} class={r.met ? 'pt-met' : 'pt-unmet'}>
                    <span aria-hidden="true">{r.met ? '✓' : '○'}</span> {r.words}
                    <span class="pt-sr"> ({t(locale, r.met ? 'ruleMet' : 'ruleUnmet')})</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
