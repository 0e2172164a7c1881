/**
 * One view model, derived once: from what the content script knows (or what a help code says) to
 * what the panel shows — screen, guide step, contacts, tips, status explanation, looks-different.
 * The panel, the helpdesk reproduction and the tab summary the popup asks for all come from here,
 * so they can never disagree. Pure: no DOM, no browser API.
 */
import type { ContactId } from '../rules/contacts';
import { currentScreen } from '../rules/engine/detect';
import { GUIDE_STEP_IDS, guidePosition, type GuideStepId } from '../rules/guide';
import { ruleById } from '../rules/index';
import { guideWords, screenTitle, statusWords, tipText, type Locale } from '../rules/locales/overlay';
import type { PageRule, Tip } from '../rules/schema';
import { explainStatus, explainStatusWithValidity, statusStep, type StatusExplanation } from '../rules/statuses';
import type { OverlayModel } from './model';

/** A tip with its words in the panel's language (agency placeholders such as {tteDesk} still in). */
export interface ShownTip extends Tip {
  words: string;
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
  errors: number;
  /** Something expected is missing, said only once the page settled. */
  looksDifferent: boolean;
  /** A status page where no status could be read, once settled. */
  missingStatus: boolean;
}

export function overlayView(model: OverlayModel): OverlayView | null {
  const { state, locale } = model;
  const rule = ruleById(state.page);
  if (!rule) return null;
  const screen = currentScreen(rule, state.step);
  const statusInfo = state.status ? explainStatusWithValidity(state.status, state.validity, state.emailBsre) : null;
  // Where the user is: the screen's step, unless the status (with what the page shows) says more.
  const guideStepId = (statusInfo && statusStep(statusInfo, state.emailBsre)) ?? screen.guideStep;
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
    tips: shownTips(rule, screen, state, locale),
    errors: model.findings.filter((f) => f.verdict === 'error').length,
    // Only what the help stands on (a field it checks, the step, the status), never wording.
    looksDifferent: model.settled && state.missing.some((m) => m !== 'markers'),
    missingStatus: !!rule.status && !state.status && model.settled,
  };
}

/**
 * The tips in force: on a wizard step, the page's own (those that explain a portal message on every
 * step) and the step's; each shown only for its statuses and while its message is on the page; the
 * ones people get wrong most first.
 */
function shownTips(rule: PageRule, screen: ReturnType<typeof currentScreen>, state: OverlayModel['state'], locale: Locale): ShownTip[] {
  const withStep = screen === rule ? [] : screen.tips.map((tip) => ({ tip, step: state.step }));
  return [...rule.tips.map((tip) => ({ tip, step: null })), ...withStep]
    .filter(({ tip }) => !tip.whenStatus || (state.status !== null && tip.whenStatus.includes(state.status)))
    .filter(({ tip }) => !tip.whenShown || !!state.notices?.includes(tip.id))
    .sort((a, b) => (a.tip.tone === 'warn' ? 0 : 1) - (b.tip.tone === 'warn' ? 0 : 1))
    .map(({ tip, step }) => ({ ...tip, words: tipText(locale, rule.id, step, tip.id) }));
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

/** The popup's lines for a tab summary, in the popup's language: titles looked up by the summary's ids. */
export interface SummaryView {
  pageTitle: string;
  /** Only on wizard pages. */
  stepTitle: string | null;
  status: { code: string; title: string } | null;
  /** 1-based position in the whole guide; 0 = not known. */
  guideStep: number;
  guideTitle: string;
}

export function summaryView(summary: TabSummary | null | undefined, locale: Locale): SummaryView | null {
  const rule = ruleById(summary?.page);
  if (!summary || !rule) return null;
  const guideStep = summary.guideStep ?? 0;
  const guideStepId = guideStepAt(guideStep);
  return {
    pageTitle: screenTitle(locale, rule.id),
    stepTitle: rule.steps ? screenTitle(locale, rule.id, summary.step) : null,
    status: summary.status ? { code: summary.status, title: statusWords(locale, explainStatus(summary.status).id).title } : null,
    guideStep,
    guideTitle: guideStepId ? guideWords(locale, guideStepId).title : '',
  };
}

function guideStepAt(position: number): GuideStepId | undefined {
  return GUIDE_STEP_IDS[position - 1];
}
