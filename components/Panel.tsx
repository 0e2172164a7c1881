import { Component, createRef } from 'preact';
import { GUIDE_STEP_IDS } from '../rules/ids';
import { nextLocale, t } from '../rules/locales/overlay';
import type { AgencyOffer } from './AgencyOffer';
import { Contacts } from './Contacts';
import type { Findings } from './Findings';
import type { GuardSection } from './GuardSection';
import type { StatusCard } from './StatusCard';
import { PanelFocus } from './panelFocus';
import type { OverlayView } from './viewModel';

/** The panel's own stylesheet; its optional sections bring theirs (PanelParts). */
export { default as panelCss } from './panel.css?inline';

/**
 * The panel's sections that only some pages need, handed in by whoever renders it: a portal host's
 * content script passes those its pages use (platform/content/parts.ts), the helpdesk page all.
 */
export interface PanelParts {
  Findings?: typeof Findings;
  GuardSection?: typeof GuardSection;
  StatusCard?: typeof StatusCard;
  AgencyOffer?: typeof AgencyOffer;
}

export interface PanelActions {
  /**
   * Whether an event is a person's own input; the browser's isTrusted unless given (unit tests,
   * which can make no trusted event). A page's script pressing our buttons changes nothing.
   */
  isPerson?(e: Event): boolean;
  onToggle(): void;
  onLocale(): void;
  onSubmitAnyway(): void;
  onDismissGuard(): void;
  onCopyCode?(): void;
  /** The user's answer to the agency the certificate page names (true: use it). */
  onAgencyOffer?(accept: boolean): void;
}

export interface PanelProps {
  view: OverlayView | null;
  parts: PanelParts;
  actions: PanelActions;
  announcement: string;
}

const held = (view: OverlayView | null | undefined) => {
  const guard = view?.guard;
  return guard && (guard.mode ?? 'held') === 'held' && !guard.inDialog && !view.model.collapsed ? guard : null;
};

/**
 * The overlay: where the user is in the guide, the tips for this exact step, the status
 * explanation, field checks and the submit guard. Pure render of the view model (viewModel.ts).
 */
export class Panel extends Component<PanelProps> {
  private readonly guardRef = createRef<HTMLElement>();
  private readonly focus = new PanelFocus(() => ({ onToggle: this.props.actions.onToggle, collapsed: !!this.props.view?.model.collapsed, isPerson: this.isPerson }));

  /** Whether an event is a person's own input (PanelActions.isPerson, else the browser's isTrusted). */
  private readonly isPerson = (e: Event) => (this.props.actions.isPerson ?? ((ev: Event) => ev.isTrusted))(e);

  override componentDidMount(): void {
    this.componentDidUpdate({ ...this.props, view: null });
  }

  override componentDidUpdate(before: PanelProps): void {
    this.focus.rendered(!!this.props.view?.model.collapsed);
    // A newly held click takes focus to its notice, so keyboard and screen-reader users meet it first
    // (never after a click went on: the page may have moved focus where it belongs; never out of a
    // page's dialog, whose focus trap would throw it back: there the notice is announced and the held
    // button, still focused, sends on a second press). Only a new hold: typing meanwhile keeps focus.
    const now = held(this.props.view);
    const was = held(before.view);
    if (now && (!was || was.button !== now.button)) this.guardRef.current?.focus();
  }

  render({ view, parts, actions, announcement }: PanelProps) {
    const { focus, guardRef, isPerson } = this;
    /** A handler that acts only on a person's own input. */
    const byPerson = (fn: () => void) => (e: Event) => {
      if (isPerson(e)) fn();
    };
    if (!view) return null;
    const { model, guideStep, guideTitle, errors, contacts, tips, looksDifferent } = view;
    const { state, locale, agency } = model;
    const { Findings, GuardSection, StatusCard, AgencyOffer } = parts;

    const live = (
      <div class="pt-sr" role="status" aria-live="polite" aria-atomic="true" data-live>
        {announcement}
      </div>
    );

    if (model.collapsed) {
      return (
        <div class="pt-root" data-collapsed="true">
          {/* Named by what it shows first ("TTE", the error count), so "click TTE" works by voice. */}
          <button type="button" class="pt-fab" aria-expanded="false" onClick={focus.toggle} ref={focus.fabRef} data-action="expand">
            <span>TTE</span>
            {errors > 0 && <span class="pt-badge">{errors}</span>}
            <span class="pt-sr">{errors > 0 ? ` ${t(locale, 'verdictError').toLowerCase()}. ` : ' · '}{t(locale, 'open')}</span>
          </button>
          {live}
        </div>
      );
    }

    return (
      <div class="pt-root" data-collapsed="false" onKeyDown={focus.onKeyDown} onFocusIn={focus.onFocusIn}>
        <section class="pt-panel" role="complementary" aria-label={t(locale, 'appName')}>
          <header class="pt-header">
            <div>
              <p class="pt-brand">{t(locale, 'appName')}</p>
              <p class="pt-progress" data-guide-step={guideStep}>
                <strong>{t(locale, 'progress', { n: guideStep, total: GUIDE_STEP_IDS.length })}</strong>
                {guideTitle ? ` · ${guideTitle}` : ''}
              </p>
              <h2 class="pt-title" id="pt-title">{view.title}</h2>
            </div>
            <div class="pt-header-actions">
              {/* The visible "EN" / "ID" begins the accessible name, so "click EN" works by voice. */}
              <button type="button" class="pt-lang" onClick={byPerson(actions.onLocale)} data-action="locale">
                <span lang={nextLocale(locale)}>{nextLocale(locale).toUpperCase()}</span>
                <span class="pt-sr"> {t(locale, 'languageSwitchLabel')}</span>
              </button>
              <button type="button" class="pt-icon-btn" aria-expanded="true" aria-label={t(locale, 'collapse')} onClick={focus.toggle} ref={focus.collapseRef} data-action="collapse">
                <span aria-hidden="true">–</span>
              </button>
            </div>
          </header>
          {/* The helpdesk's reproduction has no control of its own in the body (no copy button): where
              it scrolls, the region itself must be reachable by keyboard. */}
          <div class="pt-body" {...(model.canCopyCode ? {} : { tabIndex: 0, role: 'region', 'aria-labelledby': 'pt-title' })}>
            {view.guard && GuardSection && (
              <GuardSection guard={view.guard} locale={locale} sectionRef={guardRef} onFix={byPerson(actions.onDismissGuard)} onAnyway={byPerson(actions.onSubmitAnyway)} />
            )}
            {looksDifferent && (
              <p class="pt-notice" data-looks-different={state.missing.join(' ')}>
                {t(locale, 'looksDifferent')}
              </p>
            )}
            {model.agencyOffer && actions.onAgencyOffer && AgencyOffer && (
              <AgencyOffer agency={model.agencyOffer} locale={locale} onAccept={byPerson(() => actions.onAgencyOffer!(true))} onDecline={byPerson(() => actions.onAgencyOffer!(false))} />
            )}
            {state.status && view.statusInfo && StatusCard && <StatusCard code={state.status} explanation={view.statusInfo} validity={state.validity} locale={locale} agency={agency} />}
            {view.missingStatus && <p class="pt-notice">{t(locale, 'missingStatus')}</p>}
            {Findings && <Findings findings={view.findings} locale={locale} />}
            {tips.length > 0 && (
              <section class="pt-section" aria-labelledby="pt-tips-h">
                <h3 id="pt-tips-h">{t(locale, 'tipsHeading')}</h3>
                <ul class="pt-tips">
                  {tips.map((tip) => (
                    <li key={tip.id} data-tip={tip.id} class={tip.tone === 'warn' ? 'pt-tip-warn' : undefined}>
                      {tip.words}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <Contacts agency={agency} ids={contacts} locale={locale} />
            {model.canCopyCode && actions.onCopyCode && (
              <div class="pt-footer">
                <button type="button" class="pt-secondary" onClick={byPerson(actions.onCopyCode)} data-action="copy-code">
                  {t(locale, 'copyCode')}
                </button>
                {model.helpCode && (
                  <p class="pt-muted">
                    {t(locale, model.helpCode.copied ? 'copied' : 'copyFailed')}{' '}
                    <code class="pt-code" data-help-code>
                      {model.helpCode.code}
                    </code>
                  </p>
                )}
              </div>
            )}
          </div>
        </section>
        {live}
      </div>
    );
  }
}
