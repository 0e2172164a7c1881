import type { Ref } from 'preact';
import { t, type Locale } from '../rules/locales/overlay';
import type { ShownGuard } from './viewModel';

/** Its stylesheet, put in the overlay with the panel's by the content script's field part. */
export { default as guardSectionCss } from './GuardSection.css?inline';

/**
 * The submit guard in the panel. held: the click waits; "Tetap lanjutkan", or clicking the button
 * once more (the way through where a page's dialog keeps keyboard focus from the panel), lets it through.
 * passed: the click went on (the panel could not be used then); the problems are still listed.
 * again: the page re-created its button, so the user is asked to click it once more.
 */
/** `onFix`, `onAnyway`: click handlers that act on a person's click only (Panel.tsx). */
export function GuardSection({ guard, locale, sectionRef, onFix, onAnyway }: { guard: ShownGuard; locale: Locale; sectionRef: Ref<HTMLElement>; onFix(e: Event): void; onAnyway(e: Event): void }) {
  const mode = guard.mode ?? 'held';
  if (mode === 'again') {
    return (
      <section class="pt-section pt-guard pt-tone-warn" data-guard="again" role="alert">
        <p>{t(locale, 'guardAgain', { button: guard.button })}</p>
      </section>
    );
  }
  const held = mode === 'held';
  return (
    <section class="pt-section pt-guard pt-tone-error" data-guard={mode} tabIndex={-1} ref={sectionRef} role="alert" aria-labelledby="pt-guard-h">
      <h3 id="pt-guard-h">{t(locale, held ? 'guardHeading' : 'guardPassedHeading')}</h3>
      <p>{t(locale, held ? 'guardIntro' : 'guardPassedIntro', { button: guard.button })}</p>
      <ul>
        {guard.problems.map((p) => (
          <li key={p.field} data-guard-field={p.field}>
            <strong>{p.name}:</strong> {p.text}
          </li>
        ))}
      </ul>
      {held && <p class="pt-muted">{t(locale, 'guardHint', { button: guard.button })}</p>}
      <div class="pt-actions">
        <button type="button" class="pt-primary" onClick={onFix} data-action="fix-first">
          {t(locale, held ? 'guardFix' : 'guardFixNow')}
        </button>
        {held && (
          <button type="button" class="pt-secondary" onClick={onAnyway} data-action="submit-anyway">
            {t(locale, 'guardAnyway')}
          </button>
        )}
      </div>
    </section>
  );
}
