/** What the content script's entrypoint hands the Controller: its host's kit and parts, the user's settings and the browser-facing helpers. */
import type { EvaluatedFinding } from '../../rules/engine/evaluate';
import type { AgencyProfile } from '../../rules/contacts';
import type { PageState } from '../../rules/engine/detect';
import type { HostKit } from '../../rules/hosts/kit';
import type { Locale } from '../../rules/locales/overlay';
import type { Parts } from './parts';

export interface Settings {
  locale: Locale;
  collapsed: boolean | null;
  /** The profile in force: the generic one, or the built-in one the user chose (from the background). */
  agency: AgencyProfile;
  /** 'default': nobody chose (the generic profile; the certificate page may offer one); 'local': the user chose. */
  agencySource?: 'default' | 'local';
}

export interface ControllerOptions {
  /** The host's pages and field checks (rules/hosts/<name>.ts). */
  kit: Pick<HostKit, 'pages' | 'fields'>;
  /** The parts its pages need (parts.ts). */
  parts: Parts;
  /** null: still being read; the page is read meanwhile and the first render waits for applySettings(). */
  settings: Settings | null;
  saveCollapsed(collapsed: boolean): void;
  saveLocale(locale: Locale): void;
  /** Stores the user's agency choice: a profile id, never what the page said. */
  saveAgency?(id: string): void;
  /** Brings a language's words the first time it is used (the content script carries only Indonesian). */
  loadLocale?(locale: Locale): Promise<boolean>;
  /** Builds the help code for the current state (helpdesk issue), or asks the background for it; absent = no copy button. */
  helpCode?(state: PageState, findings: readonly EvaluatedFinding[], agency: AgencyProfile, locale: Locale): string | Promise<string>;
  copy?(text: string): Promise<boolean>;
  now?(): Date;
  /** This extension's own URL: marks its hosts so a later instance can remove what an unloaded one left. */
  owner?: string;
  /** Whether an event is a person's own input; the browser's isTrusted (unit tests, which can make no trusted event, stand in). */
  isPerson?(e: Event): boolean;
  /** Called once, after the panel's first paint: work first help need not wait for. */
  shown?(): void;
  /** When typing is judged: after the next paint (Timers.afterPaint); unit tests judge at once. */
  afterPaint?(fn: () => void): void;
}
