/**
 * One view model, derived once: from what the content script knows (or what a help code says) to
 * what the panel shows — screen, guide step, contacts, tips, status explanation, findings and the
 * held submit, each with its words in the panel's language. The panel, the helpdesk reproduction, the
 * screen reader's announcements and the tab summary the popup asks for all come from here, so they
 * can never disagree. Pure: no DOM, no browser API.
 */
import type { ContactId } from '../rules/contacts';
import { agencyTipParams } from '../rules/contacts';
import { currentScreen } from '../rules/engine/detect';
import type { EmailBsreState } from '../rules/engine/emailBsre';
import type { EvaluatedFinding } from '../rules/engine/evaluate';
import type { Validity } from '../rules/engine/readStatus';
import type { PassphraseRuleState } from '../rules/fields/types';
import { guidePosition, type GuideStepId } from '../rules/guide';
import { fieldName, findingWords, format, guideWords, screenTitle, t, tipText, type Locale, type Messages } from '../rules/locales/overlay';
import { policy } from '../rules/policy';
import type { PageRule, StatusExplanation, Tip } from '../rules/schema';
import type { GuardState, OverlayModel } from './model';

/** How the view explains a status (rules/statuses/): only hosts with a certificate page carry it. */
export interface StatusView {
  /** The explanation in force for what the page shows (an ACTIVE certificate past its end: as EXPIRED). */
  explain(code: string, validity: Validity | null | undefined, emailBsre?: EmailBsreState): StatusExplanation;
  /** The guide step the status puts the user at, if it says. */
  step(e: StatusExplanation, emailBsre?: EmailBsreState): GuideStepId | undefined;
}

/** What the view is derived with: the pages it may be on, and how statuses are explained where a page shows one. */
export interface ViewKit {
  pages: readonly PageRule[];
  status?: StatusView;
}

/** A tip with its words in the panel's language, the agency's names filled in. */
export interface ShownTip extends Tip {
  words: string;
}

/** A finding as the panel says it. Never the value: only the verdict and the reason's words. */
export interface ShownFinding {
  field: EvaluatedFinding['field'];
  verdict: EvaluatedFinding['verdict'];
  /** The field's name ("Nomor HP (WhatsApp)"). */
  name: string;
  text: string;
  /** The passphrase's checklist, each rule worded. */
  rules?: { rule: PassphraseRuleState['rule']; met: boolean; words: string }[];
}

export interface ShownGuard extends Omit<GuardState, 'problems'> {
  problems: ShownFinding[];
}

export interface OverlayView {
  model: OverlayModel;
  rule: PageRule;
  screen: ReturnType<typeof currentScreen>;
  /** The status explanation in force (an ACTIVE certificate past its end is explained as EXPIRED). */
  statusInfo: StatusExplanation | null;
  /** The title of the page, or of the wizard step in force, in the panel's language. */
  title: string;
  guideStepId: GuideStepId;
  /** 1-based position in the whole guide (rules/guide.ts), for "Langkah 4 dari 10". */
  guideStep: number;
  guideTitle: string;
  /** The status's contacts first, then the page's. */
  contacts: ContactId[];
  /** Tips for this screen and status, the ones people get wrong most first. */
  tips: ShownTip[];
  findings: ShownFinding[];
  guard: ShownGuard | null;
  errors: number;
  /** Something expected is missing, said only once the page settled. */
  looksDifferent: boolean;
  /** A status page where no status could be read, once settled. */
  missingStatus: boolean;
}

export function overlayView(model: OverlayModel, kit: ViewKit): OverlayView | null {
  const { state, locale } = model;
  const rule = kit.pages.find((r) => r.id === state.page);
  if (!rule) return null;
  const screen = currentScreen(rule, state.step);
  const statusInfo = state.status && kit.status ? kit.status.explain(state.status, state.validity, state.emailBsre) : null;
  // Where the user is: the screen's step, unless the status (with what the page shows) says more.
  const guideStepId = (statusInfo && kit.status?.step(statusInfo, state.emailBsre)) ?? screen.guideStep;
  const shown = (f: EvaluatedFinding) => shownFinding(f, locale);
  return {
    model,
    rule,
    screen,
    statusInfo,
    title: screenTitle(locale, rule.id, state.step),
    guideStepId,
    guideStep: guidePosition(guideStepId),
    guideTitle: guideWords(locale, guideStepId).title,
    contacts: [...new Set([...(statusInfo?.contacts ?? []), ...rule.contacts])],
    tips: shownTips(rule, screen, model),
    findings: model.findings.map(shown),
    guard: model.guard ? { ...model.guard, problems: model.guard.problems.map(shown) } : null,
    errors: model.findings.filter((f) => f.verdict === 'error').length,
    // Only what the help stands on (a field it checks, the step, the status), never wording.
    looksDifferent: model.settled && state.missing.some((m) => m !== 'markers'),
    missingStatus: !!rule.status && !state.status && model.settled,
  };
}

const RULE_KEYS: Record<PassphraseRuleState['rule'], keyof Messages> = {
  minLength: 'ruleMinLength',
  upper: 'ruleUpper',
  lower: 'ruleLower',
  digit: 'ruleDigit',
  symbol: 'ruleSymbol',
  noSpace: 'ruleNoSpace',
};

function shownFinding(f: EvaluatedFinding, locale: Locale): ShownFinding {
  const out: ShownFinding = { field: f.field, verdict: f.verdict, name: fieldName(locale, f.field), text: findingWords(locale, f) };
  if (f.rules) out.rules = f.rules.map((r) => ({ ...r, words: t(locale, RULE_KEYS[r.rule], { min: policy.passphrase.minLength }) }));
  return out;
}

/**
 * The tips in force: on a wizard step, the page's own (those that explain a portal message on every
 * step) and the step's; each shown only for its statuses and while its message is on the page; the
 * ones people get wrong most first.
 */
function shownTips(rule: PageRule, screen: ReturnType<typeof currentScreen>, model: OverlayModel): ShownTip[] {
  const { state, locale } = model;
  const params = agencyTipParams(model.agency, locale);
  const withStep = screen === rule ? [] : screen.tips.map((tip) => ({ tip, step: state.step }));
  return [...rule.tips.map((tip) => ({ tip, step: null })), ...withStep]
    .filter(({ tip }) => !tip.whenStatus || (state.status !== null && tip.whenStatus.includes(state.status)))
    .filter(({ tip }) => !tip.whenShown || !!state.notices?.includes(tip.id))
    .sort((a, b) => (a.tip.tone === 'warn' ? 0 : 1) - (b.tip.tone === 'warn' ? 0 : 1))
    .map(({ tip, step }) => ({ ...tip, words: format(tipText(locale, rule.id, step, tip.id), params) }));
}

/** What the popup is told about a tab (a runtime message): ids and counts only, never a value. */
export interface TabSummary {
  page: string | null;
  step: string | null;
  status: string | null;
  guideStep: number | null;
  errors: number;
  looksDifferent: boolean;
}

export const NO_SUMMARY: TabSummary = { page: null, step: null, status: null, guideStep: null, errors: 0, looksDifferent: false };

export function tabSummary(view: OverlayView | null): TabSummary {
  if (!view) return NO_SUMMARY;
  const { state } = view.model;
  return { page: state.page, step: state.step, status: state.status, guideStep: view.guideStep, errors: view.errors, looksDifferent: view.looksDifferent };
}
