/**
 * Reading a help code back (helpdesk page). Kept apart from the encoder so the content script,
 * which only encodes, does not bundle zod. The checksum is checked before anything else, and the
 * result is validated by a zod schema, so a mistyped or forged code is rejected with a reason.
 */
import * as z from 'zod/mini';
import { FIELD_IDS, PAGE_IDS, STATUS_CODES } from '../ids';
import { pageRules } from '../index';
import { checksum, CODE_TABLES, FORMAT, type Diagnostic } from './diagnostic';

z.config({ jitless: true });

export const DiagnosticSchema = z.object({
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
      params: z.optional(z.record(z.string().check(z.regex(/^[A-Za-z]{1,20}$/)), z.union([z.string().check(z.maxLength(200)), z.number()]))),
    }),
  ),
  missing: z.array(z.string().check(z.regex(/^(markers|step|status|field:[a-z-]{2,30})$/))),
  agency: z.string().check(z.regex(/^[a-z0-9]{2,40}$/)),
  locale: z.enum(['id', 'en']),
  validity: z.nullable(
    z.object({
      state: z.enum(['ok', 'expiring', 'expired']),
      source: z.enum(['shown', 'computed']),
      daysLeft: z.number().check(z.int(), z.minimum(-9999), z.maximum(9999)),
    }),
  ),
});
// The schema and the encoder's type must describe the same thing.
type _Same = [z.infer<typeof DiagnosticSchema>, Diagnostic] extends [Diagnostic, z.infer<typeof DiagnosticSchema>] ? true : never;
const _same: _Same = true;
void _same;

const invert = <K extends string>(rec: Record<K, string>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [v, k])) as Record<string, K>;
const PAGE_BY_CODE = invert(CODE_TABLES.PAGE_CODES);
const FIELD_BY_CODE = invert(CODE_TABLES.FIELD_CODES);
const VERDICT_BY_CODE = invert(CODE_TABLES.VERDICT_CODES);
const BROWSER_BY_CODE = invert(CODE_TABLES.BROWSERS);
const VALIDITY_BY_CODE = invert(CODE_TABLES.VALIDITY);

const unlist = (s: string) => (s === '0' ? [] : s.split('+'));

function decodeParams(text: string): Record<string, string | number> | string {
  const out: Record<string, string | number> = {};
  for (const pair of text.split(',')) {
    const m = /^([A-Za-z]{1,20})=([ns])((?:[A-Za-z0-9.]|%[0-9A-F]{2})*)$/.exec(pair);
    if (!m) return 'invalid';
    const value = m[3]!.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    out[m[1]!] = m[2] === 'n' ? Number(value) : value;
  }
  return out;
}

function decodeValidity(text: string) {
  const m = /^([OWX])([sc])(\d{1,4})$/.exec(text);
  if (!m) return 'invalid';
  const state = VALIDITY_BY_CODE[m[1]!];
  const days = Number(m[3]);
  return { state, source: m[2] === 's' ? 'shown' : 'computed', daysLeft: state === 'expired' ? -days : days };
}

export type DecodeError = 'empty' | 'format' | 'checksum' | 'version' | 'content';
export type DecodeResult = { ok: true; value: Diagnostic } | { ok: false; error: DecodeError };


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
    const [fc, vc, reason, params, ...rest] = item.split(':');
    const finding: Record<string, unknown> = { field: FIELD_BY_CODE[fc!] ?? fc, verdict: VERDICT_BY_CODE[vc!] ?? vc, reason: rest.length ? '!' : reason };
    if (params !== undefined) finding.params = decodeParams(params);
    return finding;
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
    validity: v === '0' ? null : decodeValidity(v!),
  };
  const parsed = DiagnosticSchema.safeParse(candidate);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'content' };
}
