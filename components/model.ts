/** What the overlay shows, as plain data: built by the content script, rendered by <Panel>. */
import type { AgencyProfile } from '../rules/contacts';
import type { PageState } from '../rules/engine/detect';
import type { EvaluatedFinding } from '../rules/engine/evaluate';
import type { Locale } from '../rules/locales';

export interface GuardState {
  /** Visible text of the held-back button (portal copy, not user input). */
  button: string;
  problems: EvaluatedFinding[];
  /**
   * held (default): the click waits for "Tetap lanjutkan". passed: it went through, the panel could
   * not be used at that moment. again: the page re-created the button; the next click on it passes.
   */
  mode?: 'held' | 'passed' | 'again';
  /** The held button is in a page's dialog (its focus trap would pull focus back): focus stays where it is. */
  inDialog?: boolean;
}

export interface OverlayModel {
  state: PageState;
  findings: EvaluatedFinding[];
  guard: GuardState | null;
  locale: Locale;
  agency: AgencyProfile;
  /** The agency's IT set the profile by policy: nothing may advise choosing another. */
  agencyLocked?: boolean;
  /**
   * Nobody chose an agency and the certificate page's "Instansi Kerja" names this built-in profile:
   * offered once, one click to use it.
   */
  agencyOffer?: AgencyProfile | null;
  /** The page stopped changing; only then is "looks different" said. */
  settled: boolean;
  collapsed: boolean;
  /** Whether "Salin kode bantuan" is offered (not on the helpdesk's reproduction). */
  canCopyCode: boolean;
  /** The last help code made, shown so it can also be read out; `copied` = on the clipboard. */
  helpCode: { code: string; copied: boolean } | null;
}
