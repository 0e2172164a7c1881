/**
 * Email dinas (the agency address MyASN verifies and BSrE mails the activation to) and email
 * pribadi. The syntax check is pragmatic, not RFC 5322: ASCII local part of the usual characters,
 * a dotted ASCII domain with an alphabetic (or punycode) TLD. Every step is a split or a simple
 * anchored character-class test, so the work is linear in the (capped) length.
 *
 * An agency profile either names its own domains ('exact': Kota Magelang) or only the parent domain
 * every government agency's domain ends in ('suffix': the generic profile, `go.id`), see
 * `emailDomainMatch` in rules/schema.ts.
 */
import { finding, hasInvisible, isTooLong, MAX_INPUT_LENGTH, stripInvisible } from './normalize';
import type { AgencyDomains, EmployeeType, Finding, FindingParams, Verdict } from './types';

/** What the email dinas check reads from an agency profile (the zod schema is in rules/schema.ts). */
export interface EmailDinasRule extends AgencyDomains {
  /** 'exact' (default): emailDomains are the agency's own. 'suffix': one parent domain, e.g. go.id. */
  emailDomainMatch?: 'exact' | 'suffix';
}

/** Free mailboxes that are never an email dinas (exact domains). */
export const PUBLIC_EMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.id', 'ymail.com', 'rocketmail.com',
  'outlook.com', 'outlook.co.id', 'hotmail.com', 'live.com', 'msn.com', 'icloud.com', 'me.com',
  'mac.com', 'proton.me', 'protonmail.com', 'pm.me', 'aol.com', 'mail.com', 'yandex.com',
  'yandex.ru', 'zoho.com', 'zohomail.com', 'gmx.com', 'gmx.net', 'tutanota.com', 'tuta.io',
  'mail.ru', 'qq.com', '163.com',
]);
/** Providers whose country variants (yahoo.co.uk, hotmail.fr …) are public too. */
const PUBLIC_PROVIDERS: ReadonlySet<string> = new Set([
  'gmail', 'googlemail', 'yahoo', 'ymail', 'hotmail', 'outlook', 'live', 'icloud', 'protonmail', 'aol', 'yandex', 'gmx',
]);

const LOCAL_RE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$/;
const LABEL_RE = /^[a-z0-9-]{1,63}$/;
const TLD_RE = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

type Syntax = { ok: false; problem: 'empty' | 'spaces' | 'noAt' | 'syntax' } | { ok: true; domain: string; invisible: boolean };

function checkSyntax(value: string): Syntax {
  const visible = stripInvisible(value).trim();
  if (visible === '') return { ok: false, problem: 'empty' };
  if (/\s/.test(visible)) return { ok: false, problem: 'spaces' };
  const parts = visible.split('@');
  if (parts.length === 1) return { ok: false, problem: 'noAt' };
  const [local, domainRaw] = parts as [string, string];
  if (parts.length !== 2 || !validLocal(local) || !validDomain(domainRaw.toLowerCase())) return { ok: false, problem: 'syntax' };
  return { ok: true, domain: domainRaw.toLowerCase(), invisible: hasInvisible(value) };
}

function validLocal(local: string): boolean {
  return LOCAL_RE.test(local) && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..');
}

function validDomain(domain: string): boolean {
  if (domain.length > 253) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const l of labels) if (!LABEL_RE.test(l) || l.startsWith('-') || l.endsWith('-')) return false;
  return TLD_RE.test(labels[labels.length - 1]!);
}

export function isPublicEmailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  if (PUBLIC_EMAIL_DOMAINS.has(d)) return true;
  const labels = d.split('.');
  return labels.length <= 3 && PUBLIC_PROVIDERS.has(labels[0] ?? '');
}

/** The email domain part (lower case) of a syntactically valid address, else null. */
export function emailDomain(value: string): string | null {
  if (isTooLong(value)) return null;
  const s = checkSyntax(value);
  return s.ok ? s.domain : null;
}

/** Allowed domains as one language-neutral string: "pns.x.go.id (PNS), asn.x.go.id (PPPK)". */
function domainList(agency: AgencyDomains, employeeType?: EmployeeType): string {
  const { pns, pppk } = agency.emailDomains;
  if (employeeType) return agency.emailDomains[employeeType];
  return pns === pppk ? pns : `${pns} (PNS), ${pppk} (PPPK)`;
}

/**
 * The domain both subdomains hang under ("pns.magelangkota.go.id", "asn.magelangkota.go.id" →
 * "magelangkota.go.id"), or null when they are one domain or do not share a parent below the
 * public suffix (never just "go.id": that would take in every agency).
 */
function parentDomain(pns: string, pppk: string): string | null {
  if (pns === pppk) return null;
  const a = pns.split('.');
  const b = pppk.split('.');
  const rest = a.slice(1).join('.');
  return a.length >= 4 && rest === b.slice(1).join('.') ? rest : null;
}

export function validateEmailDinas(value: string, agency: EmailDinasRule, opts?: { employeeType?: EmployeeType }): Finding {
  const f = (verdict: Verdict, reason: string, params?: FindingParams) => finding('email-dinas', verdict, reason, params);
  if (agency.emailDomainMatch === 'suffix') return validateUnderSuffix(value, agency.emailDomains.pns.toLowerCase(), f);
  const type = opts?.employeeType;
  const domains = domainList(agency, type);
  if (isTooLong(value)) return f('error', 'emailDinas.overLimit', { max: MAX_INPUT_LENGTH });
  const s = checkSyntax(value);
  // The allowed domains help most when the address is incomplete ('budi' → 'budi@pns.…').
  if (!s.ok) return f('error', `emailDinas.${s.problem}`, s.problem === 'noAt' || s.problem === 'syntax' ? { domains } : undefined);

  const pns = agency.emailDomains.pns.toLowerCase();
  const pppk = agency.emailDomains.pppk.toLowerCase();
  if (s.domain === pns || s.domain === pppk) {
    // PNS or PPPK unknown (no NIP on the page): either subdomain may be right, say which is which.
    if (!type && pns !== pppk) return s.invisible ? f('warn', 'emailDinas.invisible') : f('ok', 'emailDinas.okAnyType', { domains });
    const expected = type ? agency.emailDomains[type].toLowerCase() : s.domain;
    if (s.domain !== expected) return f('warn', 'emailDinas.otherSubdomain', { expected, type: type === 'pppk' ? 'PPPK' : 'PNS' });
    if (s.invisible) return f('warn', 'emailDinas.invisible');
    return f('ok', 'emailDinas.ok', { domain: expected });
  }
  // The agency's own domain without the PNS / PPPK subdomain ("nama@magelangkota.go.id"), or
  // another of its subdomains: the guide itself speaks of "domain magelangkota.go.id", so this may
  // be a real address. Only a warning naming the subdomains, never a held submit.
  const parent = parentDomain(pns, pppk);
  if (parent && (s.domain === parent || s.domain.endsWith(`.${parent}`))) {
    return f('warn', 'emailDinas.agencyDomain', { domains: domainList(agency) });
  }
  if (isPublicEmailDomain(s.domain)) return f('error', 'emailDinas.public', { domains });
  return f('error', 'emailDinas.domain', { domains });
}

/**
 * The generic profile: the agency's own domain is unknown, only that it normally ends in `.<suffix>`
 * (`.go.id`). Under it → ok (with a reminder to use one's own agency's address); a public mailbox →
 * error; anything else → warn, since some ASN work at agencies with another domain (a state
 * university or hospital, for example) and we cannot tell. The employee type picks nothing here.
 * The only param is the suffix, agency data the help code can carry; never the typed domain.
 */
function validateUnderSuffix(value: string, suffix: string, f: (verdict: Verdict, reason: string, params?: FindingParams) => Finding): Finding {
  const domains = suffix;
  if (isTooLong(value)) return f('error', 'emailDinas.overLimit', { max: MAX_INPUT_LENGTH });
  const s = checkSyntax(value);
  if (!s.ok) {
    if (s.problem === 'noAt') return f('error', 'emailDinas.govNoAt', { domains });
    if (s.problem === 'syntax') return f('error', 'emailDinas.govSyntax', { domains });
    return f('error', `emailDinas.${s.problem}`);
  }
  if (s.domain.endsWith(`.${suffix}`)) return s.invisible ? f('warn', 'emailDinas.invisible') : f('ok', 'emailDinas.govOk', { domains });
  if (isPublicEmailDomain(s.domain)) return f('error', 'emailDinas.govPublic', { domains });
  return f('warn', 'emailDinas.govOther', { domains });
}

export function validateEmailPribadi(value: string): Finding {
  const f = (verdict: Verdict, reason: string, params?: FindingParams) => finding('email-pribadi', verdict, reason, params);
  if (isTooLong(value)) return f('error', 'emailPribadi.overLimit', { max: MAX_INPUT_LENGTH });
  const s = checkSyntax(value);
  if (!s.ok) return f('error', `emailPribadi.${s.problem}`);
  if (s.invisible) return f('warn', 'emailPribadi.invisible');
  return f('ok', 'emailPribadi.ok');
}
