/**
 * Which agency profile is in force on this tab, who chose it, and the one offer the certificate page
 * may lead to: while nobody chose, "Instansi Kerja" naming a built-in profile offers that profile
 * (guide E.6 lists Instansi Kerja on that page). Only a profile id is ever stored; the page's words
 * are compared and left where they are. The portal pages carry only the generic profile: the
 * built-in ones are handed in (`know`) once the background sent them.
 */
import { umum } from '../../rules/agencies/umum';
import type { AgencyProfile, AgencySource } from '../../rules/contacts';

/** The built-in profile a status page's text names, among those given (the status part's; absent on hosts without one). */
export type AgencyNamed = (rawText: string, profiles: readonly AgencyProfile[]) => string | null;

export class AgencyChoice {
  agency: AgencyProfile;
  source: AgencySource;
  /** A built-in profile the certificate page names while nobody chose, until answered. */
  offer: AgencyProfile | null = null;
  private profiles: readonly AgencyProfile[] = [];

  constructor(
    agency: AgencyProfile | undefined,
    source: AgencySource,
    private readonly save?: (id: string) => void,
    private readonly named?: AgencyNamed,
  ) {
    this.agency = agency ?? umum;
    this.source = source;
  }

  get locked(): boolean {
    return this.source === 'managed';
  }

  /** The built-in profiles the page may offer. Returns whether one may now be offered (nobody chose). */
  know(profiles: readonly AgencyProfile[]): boolean {
    this.profiles = profiles;
    return this.source === 'default';
  }

  /** The profile in force and who chose it (from storage, the user's answer, or the agency's policy). False when nothing changed. */
  set(next: AgencyProfile, source: AgencySource): boolean {
    if (next === this.agency && source === this.source) return false;
    this.agency = next;
    this.source = source;
    if (source !== 'default') this.offer = null;
    return true;
  }

  /** Reads the offer from a status page's text (`statusPage` false: none). Returns whether it changed. */
  read(statusPage: boolean, rawText: string): boolean {
    const id = this.source === 'default' && statusPage ? (this.named?.(rawText, this.profiles) ?? null) : null;
    const offer = id && id !== this.agency.id ? (this.profiles.find((p) => p.id === id) ?? null) : null;
    if (offer === this.offer) return false;
    this.offer = offer;
    return true;
  }

  /** The user's answer: the named profile, or (declined) the generic one as their own choice; never offered again. */
  answer(accept: boolean): boolean {
    const offer = this.offer;
    if (!offer || this.source !== 'default') return false;
    const next = accept ? offer : umum;
    this.save?.(next.id);
    this.set(next, 'local');
    return true;
  }
}
