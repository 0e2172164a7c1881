/** The popup's lines for a tab summary (components/viewModel.ts, tabSummary), in the popup's language: titles looked up by the summary's ids. */
import { GUIDE_STEP_IDS } from '../../rules/guide';
import { ruleById } from '../../rules/index';
import { guideWords, screenTitle, statusWords, type Locale } from '../../rules/locales';
import { explainStatus } from '../../rules/statuses';
import type { TabSummary } from '../viewModel';

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
  const guideStepId = GUIDE_STEP_IDS[guideStep - 1];
  return {
    pageTitle: screenTitle(locale, rule.id),
    stepTitle: rule.steps ? screenTitle(locale, rule.id, summary.step) : null,
    status: summary.status ? { code: summary.status, title: statusWords(locale, explainStatus(summary.status).id).title } : null,
    guideStep,
    guideTitle: guideStepId ? guideWords(locale, guideStepId).title : '',
  };
}
