/**
 * From the values of one screen's fields to findings. Pure: values come in, findings (reason
 * codes, no values) go out. The passphrase is only ever passed to its validator here.
 */
import type { AgencyProfile } from '../contacts';
import type { FieldCheck, FieldDef, FieldFinding } from '../fields/define';
import { nipKind } from '../fields/nip';
import { stripInvisible } from '../fields/normalize';
import type { EmployeeType, FieldId } from '../fields/types';
import type { FieldRule } from '../schema';

export type FieldValue =
  /**
   * `prefix`: what the page shows in a box right in front of the input, e.g. "+62" (page text, not
   * input). `orEmail`: the box's own label says it takes an email address too (FieldRule.orEmail).
   */
  | { kind: 'text'; value: string; prefix?: string; orEmail?: boolean }
  | { kind: 'checkbox'; checked: number; total: number };

export interface EvalContext {
  agency: AgencyProfile;
  /** The agency's IT set the profile by policy (no advice to choose another). */
  agencyLocked?: boolean;
  /** Known from a NIP seen earlier in the flow (typed or shown by the portal). */
  employeeType?: EmployeeType;
  /** NIK typed on an earlier step of the same flow, for the NIK/NIP birth-date check. */
  earlierNik?: string;
  /** 'submit': also judge empty required boxes (consents) — used by the submit guard. */
  mode: 'typing' | 'submit';
  /**
   * Fields the user has edited (input / change events) since the screen was first seen. When given,
   * a filled field not in it holds what the portal put there: it never gets 'error' (see below).
   * Consent findings appear only after a change.
   */
  touched?: ReadonlySet<FieldId>;
}

/** `fromPortal`: the value came from the portal, not the user; an 'error' was softened to 'warn'. */
export type EvaluatedFinding = FieldFinding & { fromPortal?: true };

/**
 * How portals store "no value" in a text box: "-", "–", "—", "0", "." or spaces. An optional field
 * holding only that is not judged at all, whoever typed it.
 */
export function isPlaceholderValue(value: string): boolean {
  return value.length <= 32 && /^[\s\-–—_.0]*$/u.test(stripInvisible(value));
}

function text(v: FieldValue | undefined): string {
  return v?.kind === 'text' ? v.value : '';
}

/** The field checks at hand, by field id: a host's (its kit's `fields`) or every one (rules/fields/registry.ts). */
export type FieldDefs = { readonly [F in FieldId]?: FieldDef };

export function evaluateScreen(
  fields: readonly FieldRule[],
  values: ReadonlyMap<FieldId, FieldValue>,
  ctx: EvalContext,
  defs: FieldDefs,
): EvaluatedFinding[] {
  const out: EvaluatedFinding[] = [];
  const textOf = (field: FieldId) => text(values.get(field));
  for (const rule of fields) {
    const value = values.get(rule.field);
    const def = defs[rule.field];
    if (!value || !def) continue;
    const check: FieldCheck = { rule, agency: ctx.agency, mode: ctx.mode, textOf };
    if (ctx.employeeType) check.employeeType = ctx.employeeType;
    if (ctx.agencyLocked) check.agencyLocked = true;
    if (ctx.earlierNik) check.earlierNik = ctx.earlierNik;
    if (value.kind === 'checkbox') {
      if (def.validateBoxes && (ctx.mode === 'submit' || ctx.touched?.has(rule.field))) {
        out.push(def.validateBoxes(value.checked, value.total, check));
      }
      continue;
    }
    if (value.prefix) check.prefix = value.prefix;
    if (value.orEmail) check.orEmail = true;
    if (!def.validate || value.value.trim() === '' || def.notJudged?.(value.value, check)) continue;
    if (rule.required !== true && isPlaceholderValue(value.value)) continue;
    const f = def.validate(value.value, check);
    // The portal's own pre-fill, untouched by the user, never holds a submit: at most a gentle
    // warning (a portal may store "-" or an old number; the user did not write it).
    const fromPortal = ctx.touched !== undefined && !ctx.touched.has(rule.field);
    out.push(fromPortal && f.verdict === 'error' ? { ...f, verdict: 'warn', fromPortal: true } : f);
  }
  return out;
}

export { nipKind };
