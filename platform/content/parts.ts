/**
 * The parts of the overlay only some portal hosts need, handed to the controller as values by each
 * host's entrypoint (entrypoints/<name>.content.ts): checking fields (fieldPart.ts) where a page
 * checks one, reading certificate statuses (statusPart.ts) where a page shows one. What a host's
 * entrypoint does not import is not in its script. The types say which parts a kit needs, so a host
 * missing one does not compile.
 */
import type { AgencyOffer } from '../../components/AgencyOffer';
import type { Findings } from '../../components/Findings';
import type { GuardSection } from '../../components/GuardSection';
import type { StatusCard } from '../../components/StatusCard';
import type { StatusView } from '../../components/viewModel';
import type { CertificateReader } from '../../rules/engine/certificate';
import type { HostKit } from '../../rules/hosts/kit';
import type { AgencyNamed } from './agencyChoice';
import type { FieldWork } from './fieldWork';

export interface FieldPart {
  Work: typeof FieldWork;
  Findings: typeof Findings;
  GuardSection: typeof GuardSection;
  /** Findings' and the guard section's stylesheet. */
  css: string;
  /** What the field work reads from page text besides words (a NIP), as pattern sources: a busy page's change hint. */
  values(): string[];
}

export interface StatusPart extends StatusView {
  certificate: CertificateReader;
  /** What the certificate reader reads besides words, as pattern sources: a busy page's change hint. */
  values(): string[];
  /** The built-in agency profile the page's "Instansi Kerja" names, if any (offered while nobody chose). */
  offer: AgencyNamed;
  StatusCard: typeof StatusCard;
  AgencyOffer: typeof AgencyOffer;
  css: string;
}

export interface Parts {
  fields?: FieldPart;
  status?: StatusPart;
}

/** The parts a kit needs: the field part where its pages check a field, the status part where one reads a status. */
export type PartsFor<K extends Pick<HostKit, 'fields' | 'statusPage'>> = ({} extends K['fields'] ? { fields?: undefined } : { fields: FieldPart }) &
  (K['statusPage'] extends true ? { status: StatusPart } : { status?: undefined });
