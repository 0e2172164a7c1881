/**
 * From the values of one screen's fields to findings. Pure: values come in, findings (reason
 * codes, no values) go out. The passphrase is only ever passed to its validator here.
 */
import type { AgencyProfile } from '../contacts';
import { checkNikNipBirthDate, nipKind, validateConsent, validateEmailDinas, validateEmailPribadi, validateNik, validateNip, validateOtp, validatePassphrase, validatePassphraseConfirmation, validatePhone } from '../fields';
import type { EmployeeType, FieldId, Finding, PassphraseRuleState } from '../fields/types';
import { policy } from '../policy';
import type { FieldRule } from '../schema';

export type FieldValue = { kind: 'text'; value: string } | { kind: 'checkbox'; checked: number; total: number };

export interface EvalContext {
  agency: AgencyProfile;
  /** Known from a NIP seen earlier in the flow (typed or shown by the portal). */
  employeeType?: EmployeeType;
  /** NIK typed on an earlier step of the same flow, for the NIK/NIP birth-date check. */
  earlierNik?: string;
  /** 'submit': also judge empty required boxes (consents) — used by the submit guard. */
  mode: 'typing' | 'submit';
  /** Fields the user has touched (consent findings appear only after a change). */
  touched?: ReadonlySet<FieldId>;
}

export type EvaluatedFinding = Finding & { rules?: PassphraseRuleState[] };

function one(rule: FieldRule, v: string, values: ReadonlyMap<FieldId, FieldValue>, ctx: EvalContext): EvaluatedFinding {
  switch (rule.field) {
    case 'nik':
      return validateNik(v);
    case 'nip': {
      const f = validateNip(v);
      if (f.verdict !== 'ok') return f;
      const nik = text(values.get('nik')) || ctx.earlierNik;
      return (nik && checkNikNipBirthDate(nik, v)) || f;
    }
    case 'nomor-hp':
    case 'nomor-telepon':
      return validatePhone(v, rule.field);
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
    out.push(one(rule, value.value, values, ctx));
  }
  return out;
}

export { nipKind };
