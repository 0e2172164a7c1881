/**
 * The help code ("kode bantuan"): what a user copies for the helpdesk instead of a screenshot.
 * It carries only ids and reason codes — never a field value, never page text — so it is safe to
 * paste into WhatsApp. Format (version 1), segments joined by '-':
 *
 *   TTE1-<ext version>-<browser>-<page>-<step>-<status>-<findings>-<missing>-<agency>-<locale>-<validity>-<check>
 *
 * findings: `<field>:<E|W|O>:<reason>[:<param>=<value>,…]` joined by '+' (params are the message's
 * counts and agency domains, never input); missing: ids joined by '+'; '0' = none.
 * validity: `<O|W|X><s|c><days>` (state, shown/computed end date, days left or overdue).
 * <check> is a 4-character checksum of everything before it, so a mistyped code is rejected.
 * Characters are chosen to survive WhatsApp (no * _ ~ `): an unknown status's '_' is written '.',
 * and param values escape everything but letters, digits and '.' as %XX.
 */
import type { FieldId, FindingParams, Verdict } from '../fields/types';
import { STATUS_CODES, type PageId } from '../ids';
import { pageRules } from '../index';

export const FORMAT = 'TTE1';

const PAGE_CODES: Record<PageId, string> = {
  'sso-login': 'SL',
  'asndigital-layanan': 'AL',
  'myasn-dashboard': 'MD',
  'myasn-layanan': 'ML',
  'myasn-sertifikat': 'MS',
  'myasn-kontak-pribadi': 'MK',
  'bsre-aktivasi': 'BA',
  'bsre-passphrase': 'BP',
};
const FIELD_CODES: Record<FieldId, string> = {
  nik: 'NK',
  nip: 'NP',
  'nomor-hp': 'HP',
  'nomor-telepon': 'TL',
  'email-dinas': 'ED',
  'email-pribadi': 'EP',
  otp: 'OT',
  passphrase: 'PP',
  'passphrase-konfirmasi': 'PK',
  persetujuan: 'ST',
};
const VERDICT_CODES: Record<Verdict, string> = { error: 'E', warn: 'W', ok: 'O' };
const BROWSERS = { chrome: 'C', firefox: 'F', 'firefox-android': 'A', other: 'X' } as const;
export type BrowserKind = keyof typeof BROWSERS;
const VALIDITY = { ok: 'O', expiring: 'W', expired: 'X' } as const;

export const CODE_TABLES = { PAGE_CODES, FIELD_CODES, VERDICT_CODES, BROWSERS, VALIDITY } as const;

/** What a help code says; exactly what the helpdesk page needs to reproduce the user's overlay. */
export interface Diagnostic {
  extVersion: string;
  browser: BrowserKind;
  page: PageId | null;
  step: string | null;
  status: string | null;
  findings: Array<{ field: FieldId; verdict: Verdict; reason: string; params?: FindingParams }>;
  /** 'markers', 'step', 'status', 'field:<id>' */
  missing: string[];
  agency: string;
  locale: 'id' | 'en';
  validity: { state: 'ok' | 'expiring' | 'expired'; source: 'shown' | 'computed'; daysLeft: number } | null;
}

/** FNV-1a, folded to 20 bits and written as 4 Crockford base32 characters. */
const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const folded = (h ^ (h >>> 20)) & 0xfffff;
  let out = '';
  for (let i = 3; i >= 0; i--) out += B32[(folded >>> (i * 5)) & 31];
  return out;
}

const list = (items: string[]) => (items.length ? items.join('+') : '0');

export function escapeValue(v: string | number): string {
  return String(v).replace(/[^A-Za-z0-9.]/g, (c) => {
    const code = c.charCodeAt(0);
    // Params are ASCII (counts, domains); anything else is dropped rather than mangled.
    return code < 128 ? '%' + code.toString(16).toUpperCase().padStart(2, '0') : '';
  });
}

function encodeParams(params: FindingParams | undefined): string {
  const entries = Object.entries(params ?? {}).filter(([k]) => /^[A-Za-z]{1,20}$/.test(k));
  return entries.length ? ':' + entries.map(([k, v]) => `${k}=${typeof v === 'number' ? 'n' : 's'}${escapeValue(v)}`).join(',') : '';
}

export function encodeDiagnostic(parsed: Diagnostic): string {
  const stepIndex = parsed.step ? (pageRules.find((r) => r.id === parsed.page)?.steps?.findIndex((s) => s.id === parsed.step) ?? -1) : -1;
  const statusIndex = parsed.status ? (STATUS_CODES as readonly string[]).indexOf(parsed.status) : -1;
  const body = [
    FORMAT,
    parsed.extVersion,
    BROWSERS[parsed.browser],
    parsed.page ? PAGE_CODES[parsed.page] : '0',
    stepIndex >= 0 ? String(stepIndex + 1) : '0',
    parsed.status ? (statusIndex >= 0 ? `S${statusIndex}` : `X${parsed.status.replace(/_/g, '.')}`) : '0',
    list(parsed.findings.map((f) => `${FIELD_CODES[f.field]}:${VERDICT_CODES[f.verdict]}:${f.reason}${encodeParams(f.params)}`)),
    list(parsed.missing.map((m) => (m.startsWith('field:') ? `f${FIELD_CODES[m.slice(6) as FieldId] ?? 'XX'}` : m))),
    parsed.agency,
    parsed.locale,
    parsed.validity
      ? `${VALIDITY[parsed.validity.state]}${parsed.validity.source === 'shown' ? 's' : 'c'}${Math.min(9999, Math.abs(Math.round(parsed.validity.daysLeft)))}`
      : '0',
  ].join('-');
  return `${body}-${checksum(body)}`;
}


export function detectBrowser(userAgent: string): BrowserKind {
  if (/Firefox\//.test(userAgent)) return /Android/.test(userAgent) ? 'firefox-android' : 'firefox';
  if (/Chrome\//.test(userAgent)) return 'chrome';
  return 'other';
}
