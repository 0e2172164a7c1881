/**
 * From the values of one screen's fields to findings. Pure: values come in, findings (reason
 * codes, no values) go out. The passphrase is only ever passed to its validator here.
 */
import type { AgencyProfile } from '../contacts';
import { checkNikNipBirthDate, nipKind, stripInvisible, validateConsent, validateEmailDinas, validateEmailPribadi, validateNik, validateNip, validateOtp, validatePassphrase, validatePassphraseConfirmation, validatePhone } from '../fields';
import type { EmployeeType, FieldId, Finding, PassphraseRuleState } from '../fields/types';
import { policy } from '../policy';
import type { FieldRule } from '../schema';

export type FieldValue =
  /** `prefix`: what the page shows in a box right in front of the input, e.g. "+62" (page text, not input). */
  | { kind: 'text'; value: string; prefix?: string }
  | { kind: 'checkbox'; checked: number; total: number };

export interface EvalContext {
  agency: AgencyProfile;
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
export type EvaluatedFinding = Finding & { rules?: PassphraseRuleState[]; fromPortal?: true };

function one(rule: FieldRule, input: { value: string; prefix?: string }, values: ReadonlyMap<FieldId, FieldValue>, ctx: EvalContext): EvaluatedFinding {
  const v = input.value;
  switch (rule.field) {
    case 'nik':
      return validateNik(v);
    case 'nip': {
      const f = validateNip(v);
      if (f.verdict === 'error') return f;
      const nik = text(values.get('nik')) || ctx.earlierNik;
      return (nik && checkNikNipBirthDate(nik, v)) || f;
    }
    case 'nomor-hp':
    case 'nomor-telepon':
      return validatePhone(v, rule.field, input.prefix ? { prefix: input.prefix } : undefined);
    case 'email-dinas': {
      const nip = text(values.get('nip'));
      const employeeType = (nip && nipKind(nip)) || ctx.employeeType;
      return validateEmailDinas(v, ctx.agency, employeeType ? { employeeType } : undefined);
    }
    case 'email-pribadi':
      return validateEmailPribadi(v);
    case 'otp':
      return validateOtp(v, policy.otpLength);
    case 'passphrase':
      return validatePassphrase(v, policy.passphrase);
    case 'passphrase-konfirmasi':
      return validatePassphraseConfirmation(text(values.get('passphrase')), v, ctx.mode);
    case 'persetujuan':
      // Checkbox fields are handled before; a text value here means the portal changed the field.
      return validateConsent(0, rule.count ?? 1);
  }
}

/**
 * The activation wizard's "NIP / NRP" box also takes a POLRI member's NRP (8 digits) when
 * "ASN dan POLRI" is chosen. Its structure is not known beyond its length, so an 8-digit value in
 * a field whose rule names NRP is not judged at all: no NIP error, nothing held back at submit.
 */
const NRP_RE = /^\s*\d{8}\s*$/;

function isNrpInNrpField(rule: FieldRule, value: string): boolean {
  return rule.field === 'nip' && NRP_RE.test(value) && [...rule.labels, ...(rule.names ?? [])].some((l) => /\bnrp\b/i.test(l));
}

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

export function evaluateScreen(
  fields: readonly FieldRule[],
  values: ReadonlyMap<FieldId, FieldValue>,
  ctx: EvalContext,
): EvaluatedFinding[] {
  const out: EvaluatedFinding[] = [];
  for (const rule of fields) {
    const value = values.get(rule.field);
    if (!value) continue;
    if (value.kind === 'checkbox') {
      if (ctx.mode === 'submit' || ctx.touched?.has(rule.field)) {
        out.push(validateConsent(value.checked, Math.max(rule.count ?? 1, value.total)));
      }
      continue;
    }
    if (value.value.trim() === '' || isNrpInNrpField(rule, value.value)) continue;
    if (rule.required !== true && isPlaceholderValue(value.value)) continue;
    const f = one(rule, value, values, ctx);
    // The portal's own pre-fill, untouched by the user, never holds a submit: at most a gentle
    // warning (a portal may store "-" or an old number; the user did not write it).
    const fromPortal = ctx.touched !== undefined && !ctx.touched.has(rule.field);
    out.push(fromPortal && f.verdict === 'error' ? { ...f, verdict: 'warn', fromPortal: true } : f);
  }
  return out;
}

export { nipKind };
