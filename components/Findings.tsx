import type { PassphraseRuleState } from '../rules/fields/types';
import { t, type Locale } from '../rules/locales/overlay';
import type { Messages } from '../rules/locales/overlay';
import { fieldName, findingText } from './findingText';
import type { EvaluatedFinding } from '../rules/engine/evaluate';

/** Their stylesheet, put in the overlay with the panel's (Panel.tsx, overlayCss). */
export { default as findingsCss } from './Findings.css?inline';

const RULE_KEYS: Record<PassphraseRuleState['rule'], keyof Messages> = {
  minLength: 'ruleMinLength',
  upper: 'ruleUpper',
  lower: 'ruleLower',
  digit: 'ruleDigit',
  symbol: 'ruleSymbol',
  noSpace: 'ruleNoSpace',
};
const VERDICT_KEYS = { ok: 'verdictOk', warn: 'verdictWarn', error: 'verdictError' } as const;
const ICONS = { ok: '✓', warn: '!', error: '✕' } as const;

/**
 * One line per checked field. Values are never rendered here: only the verdict and the reason's
 * message, so nothing the user typed reaches the overlay's DOM. No attribute carries the reason or
 * the passphrase checklist's state beyond what the test contract names (data-field, data-verdict):
 * read key by key, they would spell out the passphrase's make-up.
 */
export function Findings({ findings, locale, minLength }: { findings: readonly EvaluatedFinding[]; locale: Locale; minLength: number }) {
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
            <strong class="pt-field-name">{fieldName(f.field, locale)}:</strong> <span>{findingText(f, locale)}</span>
            {f.rules && (
              <ul class="pt-rules" aria-label={t(locale, 'checksHeading')}>
                {f.rules.map((r) => (
                  <li key={r.rule} class={r.met ? 'pt-met' : 'pt-unmet'}>
                    <span aria-hidden="true">{r.met ? '✓' : '○'}</span> {t(locale, RULE_KEYS[r.rule], { min: minLength })}
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
