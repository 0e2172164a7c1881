/**
 * What the two email fields share (email-dinas.ts, email-pribadi.ts): the syntax check and the
 * list of public mailboxes. The syntax check is pragmatic, not RFC 5322: ASCII local part of the usual characters,
 * a dotted ASCII domain with an alphabetic (or punycode) TLD. Every step is a split or a simple
 * anchored character-class test, so the work is linear in the (capped) length.
 *
 * An agency profile's email rule (EmailDinasRule) is read by email-dinas.ts.
 */
import { hasInvisible, isTooLong, stripInvisible } from './normalize';
import type { AgencyDomains } from './types';

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

export type EmailSyntax = { ok: false; problem: 'empty' | 'spaces' | 'noAt' | 'syntax' } | { ok: true; domain: string; invisible: boolean };

/** Empty, spaces, no @, malformed; or the lower-case domain of a well-formed address. */
export function checkSyntax(value: string): EmailSyntax {
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
