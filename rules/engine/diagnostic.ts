/**
 * The help code ("kode bantuan"): what a user copies for the helpdesk instead of a screenshot.
 * It carries only ids and reason codes — never a field value, never page text — so it is safe to
 * paste into WhatsApp. Format (version 1), segments joined by '-':
 *
 *   TTE1-<ext version>-<browser>-<page>-<step>-<status>-<findings>-<missing>-<agency>-<locale>-<validity>-<check>
 *
 * findings: `<field>:<E|W|O>:<reason>` joined by '+'; missing: ids joined by '+'; '0' = none.
 * <check> is a 4-character checksum of everything before it, so a mistyped code is rejected.
 * Characters are chosen to survive WhatsApp (no * _ ~ `): an unknown status's '_' is written '.'.
 */
import * as z from 'zod/mini';
import { FIELD_IDS, type FieldId, type Verdict } from '../fields/types';
import { PAGE_IDS, type PageId } from '../schema';
import { pageRules } from '../index';
import { STATUS_CODES } from '../statuses';

z.config({ jitless: true });

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

const invert = <K extends string>(rec: Record<K, string>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [v, k])) as Record<string, K>;
const PAGE_BY_CODE = invert(PAGE_CODES);
const FIELD_BY_CODE = invert(FIELD_CODES);
const VERDICT_BY_CODE = invert(VERDICT_CODES);
const BROWSER_BY_CODE = invert(BROWSERS);
const VALIDITY_BY_CODE = invert(VALIDITY);

/** What a help code says; exactly what the helpdesk page needs to reproduce the user's overlay. */
export const Diagnostic = z.object({
  extVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  browser: z.enum(['chrome', 'firefox', 'firefox-android', 'other']),
  page: z.nullable(z.enum(PAGE_IDS)),
  step: z.nullable(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))),
  status: z.nullable(z.string().check(z.regex(/^[A-Z][A-Z_]{1,31}$/))),
  findings: z.array(
    z.object({
      field: z.enum(FIELD_IDS),
      verdict: z.enum(['ok', 'warn', 'error']),
      reason: z.string().check(z.regex(/^[A-Za-z0-9.]{1,60}$/)),
    }),
  ),
  missing: z.array(z.string().check(z.regex(/^(markers|step|status|field:[a-z-]{2,30})$/))),
  agency: z.string().check(z.regex(/^[a-z0-9]{2,40}$/)),
  locale: z.enum(['id', 'en']),
  validity: z.nullable(z.enum(['ok', 'expiring', 'expired'])),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

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

export function encodeDiagnostic(d: Diagnostic): string {
  const parsed = Diagnostic.parse(d);
  const stepIndex = parsed.step ? (pageRules.find((r) => r.id === parsed.page)?.steps?.findIndex((s) => s.id === parsed.step) ?? -1) : -1;
  const statusIndex = parsed.status ? (STATUS_CODES as readonly string[]).indexOf(parsed.status) : -1;
  const body = [
    FORMAT,
    parsed.extVersion,
    BROWSERS[parsed.browser],
    parsed.page ? PAGE_CODES[parsed.page] : '0',
    stepIndex >= 0 ? String(stepIndex + 1) : '0',
    parsed.status ? (statusIndex >= 0 ? `S${statusIndex}` : `X${parsed.status.replace(/_/g, '.')}`) : '0',
    list(parsed.findings.map((f) => `${FIELD_CODES[f.field]}:${VERDICT_CODES[f.verdict]}:${f.reason}`)),
    list(parsed.missing.map((m) => (m.startsWith('field:') ? `f${FIELD_CODES[m.slice(6) as FieldId] ?? 'XX'}` : m))),
    parsed.agency,
    parsed.locale,
    parsed.validity ? VALIDITY[parsed.validity] : '0',
  ].join('-');
  return `${body}-${checksum(body)}`;
}

export type DecodeError = 'empty' | 'format' | 'checksum' | 'version' | 'content';
export type DecodeResult = { ok: true; value: Diagnostic } | { ok: false; error: DecodeError };

const unlist = (s: string) => (s === '0' ? [] : s.split('+'));

export function decodeDiagnostic(input: string): DecodeResult {
  // People paste codes with spaces, line breaks or WhatsApp formatting around them.
  const code = input.slice(0, 2000).replace(/[\s*_~`'"]/g, '');
  if (!code) return { ok: false, error: 'empty' };
  const parts = code.split('-');
  if (!/^TTE\d+$/.test(parts[0] ?? '')) return { ok: false, error: 'format' };
  if (parts[0] !== FORMAT) return { ok: false, error: 'version' };
  if (parts.length !== 12) return { ok: false, error: 'format' };
  const check = parts.pop()!;
  if (checksum(parts.join('-')) !== check.toUpperCase()) return { ok: false, error: 'checksum' };
  const [, extVersion, b, p, s, st, f, m, agency, locale, v] = parts as [string, ...string[]];
  const page = p === '0' ? null : (PAGE_BY_CODE[p!] ?? 'invalid');
  const stepIdx = Number(s);
  const rule = pageRules.find((r) => r.id === page);
  const step = s === '0' ? null : (rule?.steps?.[stepIdx - 1]?.id ?? 'invalid!');
  const status = st === '0' ? null : st!.startsWith('S') ? (STATUS_CODES[Number(st!.slice(1))] ?? 'invalid!') : st!.startsWith('X') ? st!.slice(1).replace(/\./g, '_') : 'invalid!';
  const findings = unlist(f!).map((item) => {
    const [fc, vc, ...reason] = item.split(':');
    return { field: FIELD_BY_CODE[fc!] ?? fc, verdict: VERDICT_BY_CODE[vc!] ?? vc, reason: reason.join(':') };
  });
  const missing = unlist(m!).map((x) => (x.startsWith('f') && x.length === 3 ? `field:${FIELD_BY_CODE[x.slice(1)] ?? '!'}` : x));
  const candidate = {
    extVersion,
    browser: BROWSER_BY_CODE[b!] ?? b,
    page,
    step,
    status,
    findings,
    missing,
    agency,
    locale,
    validity: v === '0' ? null : (VALIDITY_BY_CODE[v!] ?? v),
  };
  const parsed = Diagnostic.safeParse(candidate);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'content' };
}

export function detectBrowser(userAgent: string): BrowserKind {
  if (/Firefox\//.test(userAgent)) return /Android/.test(userAgent) ? 'firefox-android' : 'firefox';
  if (/Chrome\//.test(userAgent)) return 'chrome';
  return 'other';
}
