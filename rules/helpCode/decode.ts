/**
 * Reading a help code back (helpdesk page). Kept apart from the encoder so the content script,
 * which only encodes, does not bundle zod or the messages. The code is first found in whatever
 * was pasted (a WhatsApp message with words around it, a code wrapped over lines), its check
 * characters are verified before anything else, and the result is validated by its zod schema
 * (schema.ts), so a mistyped, cut-off or forged code is rejected with a reason.
 *
 * Only format 2 (TTE2) is read. No earlier format was ever published, so a code tagged "TTE0-" or
 * "TTE1-" is not a Pemandu TTE help code ('version'); a higher number is one from a newer
 * extension ('newer').
 */
import { agencies } from '../agencies';
import type { AgencyProfile } from '../contacts';
import { isPortalCode } from '../engine/readStatus';
import { FIELDS } from '../fields';
import { pageRules } from '../index';
import { HelpCodeSchema, type DecodeError, type HelpCode } from './schema';
import { agencyTokens, checkChars, CODE_TABLES, SEGMENTS } from './tables';

/**
 * empty: nothing pasted · format: no help code in the text · truncated: the code is cut off ·
 * checksum: a character is wrong · version: tagged with a format below 2, which no Pemandu TTE
 * ever published (not a code this extension reads) · newer: made by a newer extension than the
 * helpdesk's (update the helpdesk's extension) · agency: the rest is known but the agency profile
 * is not: an agency's own profile (set by its IT through policy) that this computer does not have,
 * or a built-in one of a newer extension · content: checks out but invalid.
 */
export type DecodeResult = { ok: true; value: HelpCode } | { ok: false; error: DecodeError };

const fail = (error: DecodeError): DecodeResult => ({ ok: false, error });
const invert = <K extends string>(rec: Record<K, string>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [v, k])) as Record<string, K | undefined>;
const unlist = (s: string) => (s === '0' ? [] : s.split('+'));

// ---- Finding the code in pasted text ---------------------------------------------------------
/** Characters that may sit inside a pasted code: white space (wrapping) and WhatsApp formatting. */
const NOISE = /[\s*_~`]/;
const TAG = /(?<![A-Za-z0-9])TTE(\d{1,3})-/i;
/** A tag wrapped or formatted itself ("TT\nE2-"): tried only when there is no plain one. */
const LOOSE_TAG = /(?<![A-Za-z0-9])T[\s*_~`]*T[\s*_~`]*E[\s*_~`]*(\d{1,3})[\s*_~`]*-/i;
/** Characters of a format-2 code after its tag; the check is its last segment, 2 characters long. */
const CODE_CHAR = /[A-Za-z0-9.+:=,-]/;
const CHECK_LENGTH = 2;

type Found = { ok: true; candidates: string[] } | { ok: false; error: DecodeError };

/**
 * The code's text after its tag, for every way the pasted text can be read: the code may be
 * wrapped (white space inside it) or followed by words, so each run of code characters is tried
 * on top of the ones before it. Only complete candidates (every segment, all check characters)
 * come back; if there are none, the error says whether the code was cut off or malformed.
 */
function findCode(text: string): Found {
  const runs: string[] = [];
  let run = '';
  for (const ch of text.slice(0, 3000)) {
    if (CODE_CHAR.test(ch)) run += ch;
    else if (NOISE.test(ch)) {
      if (run) runs.push(run);
      run = '';
    } else break;
    if (runs.length > 60) break;
  }
  if (run) runs.push(run);
  const candidates: string[] = [];
  let joined = '';
  let closest: 'truncated' | 'checksum' | 'format' = 'truncated';
  for (const r of runs) {
    joined += r;
    // Check characters are letters and digits: punctuation right after them ends a sentence.
    for (const c of new Set([joined, joined.replace(/[.,:+=-]+$/, '')])) {
      const dashes = c.split('-').length - 1;
      const last = c.length - c.lastIndexOf('-') - 1;
      if (dashes === SEGMENTS - 1 && last === CHECK_LENGTH) candidates.push(c);
      // Too long a last segment: a typo if it is one piece, a cut-off code with words glued on if not.
      else if (dashes === SEGMENTS - 1 && last > CHECK_LENGTH && r.includes('-')) closest = 'checksum';
    }
    const dashes = joined.split('-').length - 1;
    if (dashes >= SEGMENTS) {
      // A dash typed too many is a typo; a pile of them is not a code.
      if (closest === 'truncated') closest = dashes <= SEGMENTS + 1 ? 'checksum' : 'format';
      break;
    }
  }
  if (candidates.length) return { ok: true, candidates };
  return { ok: false, error: closest };
}

/**
 * `policyProfiles`: agency profiles from this computer's policy (rules/agencyPolicy/), so a code
 * from a PC of the same agency names its own profile; built-in ones are always known.
 */
export function decodeHelpCode(input: string, policyProfiles: readonly AgencyProfile[] = []): DecodeResult {
  const text = String(input).slice(0, 20_000);
  if (!text.replace(/[\s*_~`'"]/g, '')) return fail('empty');
  const tag = TAG.exec(text) ?? LOOSE_TAG.exec(text);
  // Cut off before the first dash ("Kode: TTE2"): still recognisably the start of a code.
  if (!tag) return fail(/(?:^|[^A-Za-z0-9])TTE\d{1,3}(?![A-Za-z0-9])/i.test(text) ? 'truncated' : 'format');
  const n = Number(tag[1]);
  const rest = text.slice(tag.index + tag[0].length);
  if (n !== 2) return fail(n > 2 ? 'newer' : 'version');
  const found = findCode(rest);
  if (!found.ok) return fail(found.error);
  const valid = found.candidates.find((c) => checkChars(`TTE2-${c.slice(0, -3)}`) === c.slice(-2).toUpperCase());
  return valid === undefined ? fail('checksum') : decodeV2(valid.toUpperCase(), policyProfiles);
}

function validate(candidate: unknown): DecodeResult {
  const parsed = HelpCodeSchema.safeParse(candidate);
  return parsed.success ? { ok: true, value: parsed.data } : fail('content');
}

// ---- Format 2 --------------------------------------------------------------------------------
const T = CODE_TABLES;
const PAGE_BY_CODE = invert(T.PAGE_CODES);
const STEP_BY_CODE = invert(T.STEP_CODES);
const STATUS_BY_CODE = invert(T.STATUS_CODES);
const FIELD_BY_CODE = invert(T.FIELD_CODES);
const VERDICT_BY_CODE = invert(T.VERDICT_CODES);
const BROWSER_BY_CODE = invert(T.BROWSERS);
const VALIDITY_BY_CODE = invert(T.VALIDITY);
const MISSING_BY_CODE = invert(T.MISSING_CODES);
const LOCALE_BY_CODE = invert(T.LOCALE_CODES);
/** The code is read in capitals: reason codes get their case back from the fields' reasons (keyed `<field>.<REASON>`), param names from the frozen list. */
const REASON_BY_UPPER = new Map(Object.values(FIELDS).flatMap((f) => f.reasons.map((r) => [`${f.id}.${r}`.toUpperCase(), r] as const)));
const PARAM_BY_UPPER = new Map(T.PARAM_NAMES.map((name) => [name.toUpperCase(), name] as const));

/** Thrown inside decodeV2 when the code names something this extension does not know yet. */
class Unknown extends Error {}
/** The agency profile id of the code is not one this computer knows. */
class UnknownAgency extends Error {}
function known<V>(value: V | undefined): V {
  if (value === undefined) throw new Unknown();
  return value;
}
const fromLiteral = (s: string, sep: string) => s.slice(1).replace(/\./g, sep);

/** `code` is upper case and its check characters are right. */
function decodeV2(code: string, policyProfiles: readonly AgencyProfile[]): DecodeResult {
  const [extVersion, b, p, s, st, f, m, agencyCode, locale, v] = code.split('-') as [string, ...string[]];
  try {
    const page = p === '0' ? null : (PAGE_BY_CODE[p!] ?? (/^[A-Z0-9]{1,4}$/.test(p!) ? known(undefined) : 'invalid'));
    let step: string | null = null;
    if (s !== '0') {
      step = s!.startsWith('.') ? fromLiteral(s!, '-').toLowerCase() : known(STEP_BY_CODE[s!]);
      // A step this extension's rules do not have on that page comes from a newer extension.
      const rule = pageRules.find((r) => r.id === page);
      if (rule && !rule.steps?.some((x) => x.id === step)) known(undefined);
    }
    // A literal status is one the encoder found shaped like a portal code; nothing else is written so.
    const literal = st!.startsWith('.') ? fromLiteral(st!, '_') : null;
    const status = st === '0' ? null : literal !== null ? (isPortalCode(literal) ? literal : 'invalid') : known(STATUS_BY_CODE[st!]);
    const agency = [...agencies, ...policyProfiles].find((a) => a.id === agencyCode!.toLowerCase());
    // Shaped like a profile id but not known here: most likely the caller's agency's own profile.
    if (!agency && /^[A-Z0-9]{2,40}$/.test(agencyCode!)) throw new UnknownAgency();
    const tokens = agencyTokens(known(agency));
    const findings = unlist(f!).map((item) => {
      const [fc, vc, reasonCode, params, ...extra] = item.split(':');
      if (extra.length || !reasonCode) return { field: 'invalid' };
      const field = known(FIELD_BY_CODE[fc!]);
      // Only the field's own reasons are known: another field's, or one added later, reads as newer.
      const reason = known(REASON_BY_UPPER.get(`${field}.${reasonCode}`.toUpperCase()));
      const finding: Record<string, unknown> = { field, verdict: known(VERDICT_BY_CODE[vc!]), reason };
      if (params !== undefined) {
        const out: Record<string, string | number> = {};
        for (const pair of params.split(',')) {
          const pm = /^([A-Z]{1,20})=([A-Z0-9]{1,12})$/.exec(pair);
          if (!pm) return { field: 'invalid' };
          out[known(PARAM_BY_UPPER.get(pm[1]!))] = /^\d+$/.test(pm[2]!) ? Number(pm[2]) : known(tokens[pm[2]!]);
        }
        finding.params = out;
      }
      return finding;
    });
    const missing = unlist(m!).map((x) => (x.length === 3 && x.startsWith('F') ? `field:${known(FIELD_BY_CODE[x.slice(1)])}` : known(MISSING_BY_CODE[x])));
    let validity: unknown = null;
    if (v !== '0') {
      const vm = /^([A-Z])([SC])(N?)(\d{1,4})$/.exec(v!);
      validity = vm
        ? { state: known(VALIDITY_BY_CODE[vm[1]!]), source: vm[2] === 'S' ? 'shown' : 'computed', daysLeft: (vm[3] ? -1 : 1) * Number(vm[4]) }
        : 'invalid';
    }
    return validate({
      extVersion,
      browser: known(BROWSER_BY_CODE[b!]),
      page,
      step,
      status,
      findings,
      missing,
      agency: agency!.id,
      locale: known(LOCALE_BY_CODE[locale!]),
      validity,
    });
  } catch (e) {
    if (e instanceof UnknownAgency) return fail('agency');
    if (e instanceof Unknown) return fail('newer');
    throw e;
  }
}
