/**
 * Shared vocabulary of the field checks. Validators are pure: (value, context) → Finding.
 * A Finding carries a reason *code* and small numeric/label params, never the value itself,
 * so it can be rendered, announced and put into a help code without leaking personal data.
 */

import type { FieldId, FieldReasons } from './ids';

export type { FieldId } from './ids';

/** The reasons one field's check can give (its file's `reasons`). */
export type ReasonOf<F extends FieldId> = FieldReasons[F];

export type Verdict = 'ok' | 'warn' | 'error';

/**
 * Params are interpolated into the localized message ("NIK harus 16 digit — yang terisi {count}").
 * Only counts, digit positions, rule names and agency data (domains) may go here, never user input.
 */
export type FindingParams = Record<string, string | number>;

/** What a field's check says: its verdict and why, as one of the reasons its file lists. */
export interface FindingOf<F extends FieldId> {
  field: F;
  verdict: Verdict;
  /** One of the field's reasons ('length' for the NIK); its words: rules/locales/<lang>/fields.ts, under the field and the reason. */
  reason: ReasonOf<F>;
  params?: FindingParams;
}

/** A finding of any field: its reason is typed by its field. */
export type Finding = { [F in FieldId]: FindingOf<F> }[FieldId];

export type EmployeeType = 'pns' | 'pppk';

/** What one agency (instansi) contributes to the checks. Comes from rules/agencies/, never code. */
export interface AgencyDomains {
  /** email dinas domain per employee type, e.g. { pns: 'pns.magelangkota.go.id', pppk: 'asn.magelangkota.go.id' } */
  emailDomains: Record<EmployeeType, string>;
  /** Further domains also accepted per employee type (an agency policy listing several). */
  moreEmailDomains?: Record<EmployeeType, readonly string[]>;
}

/** Every accepted domain of one employee type, the profile's own first, lower case. */
export function domainsOf(agency: AgencyDomains, type: EmployeeType): string[] {
  return [agency.emailDomains[type], ...(agency.moreEmailDomains?.[type] ?? [])].map((d) => d.toLowerCase());
}

/** One employee type's domains as the check's messages write them: "a.go.id, b.go.id". */
export const typeDomains = (agency: AgencyDomains, type: EmployeeType): string => domainsOf(agency, type).join(', ');

/** All allowed domains as one language-neutral string: "pns.x.go.id (PNS), asn.x.go.id (PPPK)". */
export function allDomains(agency: AgencyDomains): string {
  const pns = typeDomains(agency, 'pns');
  const pppk = typeDomains(agency, 'pppk');
  return pns === pppk ? pns : `${pns} (PNS), ${pppk} (PPPK)`;
}

/** Passphrase policy, data from the guide (kept in rules so it can change without code). */
export interface PassphrasePolicy {
  minLength: number;
  requireUpper: boolean;
  requireLower: boolean;
  requireDigit: boolean;
  requireSymbol: boolean;
  allowSpaces: boolean;
}

/** Per-rule state of a passphrase, shown live as a checklist (no characters, only booleans). */
export interface PassphraseRuleState {
  rule: 'minLength' | 'upper' | 'lower' | 'digit' | 'symbol' | 'noSpace';
  met: boolean;
}

/** What a language says for every reason of every field (rules/locales/<lang>/fields.ts): a missing message is a compile error. */
export type FieldMessages = { [F in FieldId]: Record<ReasonOf<F>, string> };
/** How a language names each field ("Nomor HP (WhatsApp)"). */
export type FieldNames = Record<FieldId, string>;
