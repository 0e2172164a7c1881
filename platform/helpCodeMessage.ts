/**
 * "Salin kode bantuan" on a portal page: the content script sends the code's inputs to the
 * background, which writes the code (entrypoints/background.ts) and answers with it. The encoder
 * and its frozen tables (rules/helpCode/) so stay off every portal page until, and even when, the
 * button is clicked (what a portal page loads).
 *
 * The inputs are what the code holds and nothing more: ids, reason codes and the messages' numbers
 * (never a field value, never page text; the encoder drops any string param that is not the agency
 * profile's data). They go from the content script to the extension's own background only.
 * Types only from rules/helpCode/: this module is in the content script.
 */
import type { AgencyProfile } from '../rules/contacts';
import type { PageState } from '../rules/engine/detect';
import type { EvaluatedFinding } from '../rules/engine/evaluate';
import type { HelpCode } from '../rules/helpCode/schema';
import type { Locale } from '../rules/locales/overlay';

export const HELP_CODE_MESSAGE = 'pemandu:help-code';

/** The extension version and the browser are the background's own (same extension, same browser). */
export interface HelpCodeRequest {
  type: typeof HELP_CODE_MESSAGE;
  code: Omit<HelpCode, 'extVersion' | 'browser'>;
  /** The profile in force: an agency's own profile (from its policy) is not built in, so its domains go along. */
  profile: Pick<AgencyProfile, 'id' | 'emailDomains' | 'moreEmailDomains'>;
}

export function helpCodeRequest(state: PageState, findings: readonly EvaluatedFinding[], agency: AgencyProfile, locale: Locale): HelpCodeRequest {
  const v = state.validity;
  return {
    type: HELP_CODE_MESSAGE,
    code: {
      page: state.page,
      step: state.step,
      status: state.status,
      findings: findings.map(({ field, verdict, reason, params }) => (params ? { field, verdict, reason, params } : { field, verdict, reason })),
      missing: [...state.missing],
      agency: agency.id,
      locale,
      validity: v ? { state: v.state, source: v.source, daysLeft: v.daysLeft } : null,
    },
    profile: { id: agency.id, emailDomains: agency.emailDomains, moreEmailDomains: agency.moreEmailDomains },
  };
}

export function isHelpCodeRequest(msg: unknown): msg is HelpCodeRequest {
  return (msg as { type?: unknown } | null)?.type === HELP_CODE_MESSAGE;
}
