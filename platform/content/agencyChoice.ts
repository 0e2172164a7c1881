/**
 * Which agency profile is in force on this tab, who chose it, and the one offer the certificate page
 * may lead to: while nobody chose, "Instansi Kerja" naming a built-in profile offers that profile
 * (guide E.6 lists Instansi Kerja on that page). Only a profile id is ever stored; the page's words
 * are compared and left where they are.
 */
import { agencyById, DEFAULT_AGENCY_ID } from '../../rules/agencies';
import type { AgencyProfile, AgencySource } from '../../rules/contacts';

export class AgencyChoice {
  agency: AgencyProfile;
  source: AgencySource;
  /** A built-in profile the certificate page names while nobody chose, until answered. */
  offer: AgencyProfile | null = null;

  constructor(
    id: string | undefined,
    source: AgencySource,
    private readonly save?: (id: string) => void,
    /** The built-in profile a status page's text names (the status part's; absent on hosts without one). */
    private readonly named?: (rawText: string) => string | null,
  ) {
    this.agency = agencyById(id ?? DEFAULT_AGENCY_ID);
    this.source = source;
  }

  get locked(): boolean {
    return this.source === 'managed';
  }

  /** The profile in force and who chose it (a profile object comes from the agency's policy). False when nothing changed. */
  set(idOrProfile: string | AgencyProfile, source: AgencySource): boolean {
    const next = typeof idOrProfile === 'string' ? agencyById(idOrProfile) : idOrProfile;
    if (next === this.agency && source === this.source) return false;
    this.agency = next;
    this.source = source;
    if (source !== 'default') this.offer = null;
    return true;
  }

  /** Reads the offer from a status page's text (`statusPage` false: none). Returns whether it changed. */
  read(statusPage: boolean, rawText: string): boolean {
    const id = this.source === 'default' && statusPage ? (this.named?.(rawText) ?? null) : null;
    const offer = id && id !== this.agency.id ? agencyById(id) : null;
    if (offer === this.offer) return false;
    this.offer = offer;
    return true;
  }

  /** The user's answer: the named profile, or (declined) the generic one as their own choice; never offered again. */
  answer(accept: boolean): boolean {
    const offer = this.offer;
    if (!offer || this.source !== 'default') return false;
    const id = accept ? offer.id : DEFAULT_AGENCY_ID;
    this.save?.(id);
    this.set(id, 'local');
    return true;
  }
}
