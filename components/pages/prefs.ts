import type { PolicyProblem } from '../../rules/agencyPolicy';
import type { AgencyProfile, AgencySource } from '../../rules/contacts';
import type { Locale } from '../../rules/locales';

/** What an extension page shows of the user's settings (read from storage by platform/pages). */
export interface Prefs {
  locale: Locale;
  agency: AgencyProfile;
  source: AgencySource;
  /** The local items have been read (fast): the page can show the user's own choices. */
  ready: boolean;
  /** The agency's policy (managed storage) has been read; its first read can take seconds. */
  policyRead: boolean;
  /** The policy set a whole profile of its own (not a built-in id). */
  custom: boolean;
  /** What is wrong in the policy; the generic profile is then in force. */
  problems: PolicyProblem[];
}
