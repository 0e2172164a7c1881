/**
 * How a field check is declared. Each field is one file (rules/fields/<field>.ts) holding
 * everything language-neutral about it: its id, its help-code letters, its reasons as a typed list
 * and its validator. The words for each reason live per language in rules/locales/<lang>/fields.ts,
 * typed from these lists, so a reason without a message is a compile error. The engine
 * (rules/engine/evaluate.ts) looks fields up in the registry (rules/fields/index.ts).
 */
import type { FieldId } from './ids';
import type { EmailDinasRule } from './email';
import { finding } from './normalize';
import type { EmployeeType, Finding, FindingParams, PassphraseRuleState, ReasonOf, Verdict } from './types';

/** A finding as a field check returns it (the passphrase adds its live checklist). */
export type FieldFinding = Finding & { rules?: PassphraseRuleState[] };

/** What a check may know besides the value: page data and the screen's other fields, never storage. */
export interface FieldCheck {
  /** What the check reads of this field's page rule (rules/schema.ts FieldRule): labels and names. */
  rule: { readonly labels: readonly string[]; readonly names?: readonly string[] };
  /** What the page shows in a box right in front of the input, e.g. "+62" (page text, not input). */
  prefix?: string;
  /** The box's own label says it takes an email address too ("Nama pengguna atau surel"). */
  orEmail?: boolean;
  agency: EmailDinasRule;
  /** The agency's IT set the profile by policy: no message may send the user to choose another. */
  agencyLocked?: boolean;
  /** Known from a NIP seen earlier in the flow. */
  employeeType?: EmployeeType;
  /** NIK typed on an earlier step of the same flow. */
  earlierNik?: string;
  /** 'submit': the user is sending the form (the submit guard asks). */
  mode: 'typing' | 'submit';
  /**
   * The text of another field on the same screen, '' when it is not there. Takes a field id (typed as a
   * string so the registry's keys can be the only list of ids; tests/unit/fields/registry.test.ts
   * checks every id a check asks for).
   */
  textOf(field: string): string;
}

export interface FieldDef<Id extends string = FieldId, R extends string = string> {
  id: Id;
  /** Letters of the field in the help code. FROZEN once shipped (see rules/helpCode/tables.ts). */
  code: string;
  /** Every reason the check can give (scripts/registry.mjs types findings by these: rules/fields/ids.ts FieldReasons). */
  reasons: readonly R[];
  /** For a field typed into; a field made only of boxes has none (a text box its labels match is left alone). */
  validate?(value: string, check: FieldCheck): FieldFinding;
  /** For a field made of checkboxes: judged from how many are ticked. */
  validateBoxes?(checked: number, total: number, check: FieldCheck): FieldFinding;
  /** A value this field leaves alone entirely (no verdict, never held back). */
  notJudged?(value: string, check: FieldCheck): boolean;
}

/**
 * Reason lists joined into one, as a field's `reasons` (literal types kept). A plain call marked pure,
 * not an array spread: a portal host whose pages do not check the field leaves the list out of its
 * content script, where it would have to keep a spread (what a portal page loads).
 */
export const joinReasons = <const L extends readonly (readonly string[])[]>(...lists: L): L[number][number][] => lists.flat();

/** Declares a field; the `const` parameters keep the reasons as a union of literals. */
export function defineField<const Id extends string, const R extends string>(def: FieldDef<Id, R>): FieldDef<Id, R> {
  return def;
}

export type MakeFinding<R extends string> = (verdict: Verdict, reason: R, params?: FindingParams) => Finding;

/** Builds a field's findings: only its own reasons type-check. */
export function findingsOf<F extends FieldId, R extends ReasonOf<F> = ReasonOf<F>>(field: F): MakeFinding<R> {
  return (verdict, reason, params) => finding(field, verdict, reason, params);
}
