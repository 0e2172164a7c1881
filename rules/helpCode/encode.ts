/**
 * The help code ("kode bantuan"): what a user copies for the helpdesk instead of a screenshot.
 * It carries only ids, reason codes and counts — never a field value, never page text — so it is
 * safe to paste into WhatsApp. Format 2, written in capitals and read case-insensitively (easy to
 * read aloud), segments joined by '-':
 *
 *   TTE2-<ext version>-<browser>-<page>-<step>-<status>-<findings>-<missing>-<agency>-<locale>-<validity>-<check>
 *
 * Every id is written as a short code from the tables below. THE TABLES ARE FROZEN: a code, once
 * shipped, means the same thing forever. New pages, steps, statuses, fields or reasons only ever
 * APPEND a new code; never change, reuse or renumber one (tables.ts). A step the tables do not know yet is written literally after a '.', with
 * '-' written as '.'; so is a status the tables do not know, but only when it has a portal code's
 * shape (`FROZEN_X` → `.FROZEN.X`, see isPortalCode): any other status is written as the
 * UNKNOWN_STATUS marker ('UK'), so a name after "Status:" never reaches the code.
 *
 * findings: `<field>:<E|W|O>:<reason>[:<KEY>=<value>,…]` joined by '+'. The reason is one of the
 *   field's own, in capitals (`length` on NK → `NK:E:LENGTH`).
 *   Params are the message's numbers (counts, limits: "NIK harus 16 digit — yang terisi 15") and
 *   agency data written as a token the decoder rebuilds from the same agency profile
 *   (AGENCY_TOKENS). Nothing else: a string param that is not agency data is dropped, so
 *   nothing derived from the characters of a value can get in.
 * missing: M (markers), S (step), T (status), F<field> joined by '+'; '0' = none.
 * validity: `<O|W|X><S|C>[N]<days>` (state, shown/computed end date, N = negative, days left).
 * check: two characters, see checkChars() in tables.ts. No other format was ever published: decode.ts
 * reads format 2 only.
 */
import { agencyById } from '../agencies';
import type { AgencyProfile } from '../contacts';
import type { FieldId, FindingParams } from '../fields/types';
import { isPortalCode, UNKNOWN_STATUS } from '../engine/readStatus';
// Type only: the schema (zod) stays out of the content script.
import type { BrowserKind, HelpCode } from './schema';
import { agencyTokens, checkChars, CODE_TABLES, FORMAT } from './tables';

const { PAGE_CODES, STEP_CODES, STATUS_CODES: STATUS_LETTERS, FIELD_CODES, VERDICT_CODES, BROWSERS, VALIDITY, MISSING_CODES, LOCALE_CODES } = CODE_TABLES;

// ---- Encoding --------------------------------------------------------------------------------
const list = (items: string[]) => (items.length ? items.join('+') : '0');
const literal = (id: string) => '.' + id.toUpperCase().replace(/[-_]/g, '.').replace(/[^A-Z0-9.]/g, '');
/** Keeps only characters of the code's alphabet that cannot split it (no separators). */
const clean = (s: string) => s.toUpperCase().replace(/[^A-Z0-9.]/g, '');

function encodeParams(params: FindingParams | undefined, tokens: Record<string, string>): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(params ?? {})) {
    if (!/^[A-Za-z]{1,20}$/.test(key)) continue;
    let written: string | undefined;
    // Numbers: counts and limits. Strings: only agency data, as a token.
    if (typeof value === 'number') written = Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined;
    else written = Object.keys(tokens).find((t) => tokens[t] === value);
    if (written !== undefined) out.push(`${key.toUpperCase()}=${written}`);
  }
  return out.length ? ':' + out.join(',') : '';
}

/** A reason is written after its field's letters without the field ('length' on NK → LENGTH). */
const encodeReason = (reason: string): string => clean(reason);

/** A known status by its code, a code-shaped unknown one literally, anything else as the marker. */
function encodeStatus(status: string): string {
  if (Object.hasOwn(STATUS_LETTERS, status)) return STATUS_LETTERS[status]!;
  return isPortalCode(status) ? literal(status) : STATUS_LETTERS[UNKNOWN_STATUS]!;
}

/**
 * `profile`: the agency profile in force when it is not built in (one from the agency's policy):
 * its domains become tokens the decoder rebuilds from the same policy. Only its id goes into the code.
 */
export function encodeHelpCode(d: HelpCode, profile?: Pick<AgencyProfile, 'id' | 'emailDomains'>): string {
  const tokens = agencyTokens(profile?.id === d.agency ? profile : agencyById(d.agency));
  const v = d.validity;
  const days = v ? Math.min(9999, Math.abs(Math.round(v.daysLeft))) : 0;
  const body = [
    FORMAT,
    d.extVersion.replace(/[^0-9.]/g, ''),
    BROWSERS[d.browser],
    d.page ? PAGE_CODES[d.page] : '0',
    d.step ? (STEP_CODES[d.step] ?? literal(d.step)) : '0',
    d.status ? encodeStatus(d.status) : '0',
    list(d.findings.map((f) => `${FIELD_CODES[f.field]}:${VERDICT_CODES[f.verdict]}:${encodeReason(f.reason)}${encodeParams(f.params, tokens)}`)),
    list(
      d.missing
        .map((m) => (m.startsWith('field:') ? FIELD_CODES[m.slice(6) as FieldId] && `F${FIELD_CODES[m.slice(6) as FieldId]}` : MISSING_CODES[m]))
        .filter((m): m is string => !!m),
    ),
    clean(d.agency),
    LOCALE_CODES[d.locale],
    v ? `${VALIDITY[v.state]}${v.source === 'shown' ? 'S' : 'C'}${v.daysLeft < 0 && days > 0 ? 'N' : ''}${days}` : '0',
  ].join('-');
  return `${body}-${checkChars(body)}`;
}

export function detectBrowser(userAgent: string): BrowserKind {
  if (/Firefox\//.test(userAgent)) return /Android/.test(userAgent) ? 'firefox-android' : 'firefox';
  if (/Chrome\//.test(userAgent)) return 'chrome';
  return 'other';
}
