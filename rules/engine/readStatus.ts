/**
 * Reading the certificate status and validity from visible text (what a status means is
 * rules/statuses.ts). Pure and linear-time: the regular expressions have bounded repetition, so
 * page text cannot make them slow.
 */
import { isStatusCode, STATUS_CODES } from '../ids';

const MAX_WORDS = 4;
/** How far after a label its value is looked for. */
const STATUS_WINDOW = 120;
/** The value right after the label: `Status: ACTIVE`, `Status ACTIVE`, `STATUS : NOT REGISTERED`. */
const VALUE_RE = new RegExp(`^\\s*[:：]?\\s*((?:[A-Za-z_]{2,40} ?){1,${MAX_WORDS}})`);
/** One or two words that belong to the label, then a colon: `Status TTE: ACTIVE`, `Status Sertifikat: ISSUE`. */
const QUALIFIED_RE = new RegExp(`^\\s+[A-Za-z]{1,30}(?:\\s+[A-Za-z]{1,30})?\\s*[:：]\\s*((?:[A-Za-z_]{2,40} ?){1,${MAX_WORDS}})`);
/** A word written like a code ("PENDING", "BUDI"): after "Status:" it stands for a status we do not know. */
const CODE_WORD_RE = /^[A-Z][A-Z_]{2,}$/;
/** The shape of a portal status code: capitals with at least one underscore, `WAITING_FOR_X`. */
const PORTAL_CODE_RE = /^[A-Z]+(?:_[A-Z]+)+$/;
const PORTAL_CODE_MAX = 32;

/**
 * What stands for a status the page shows but Pemandu TTE does not know and may not repeat: a
 * capitalised word without an underscore can be a name ("Status: BUDI SANTOSO"), so it is never
 * carried into the overlay, its attributes or the help code.
 */
export const UNKNOWN_STATUS = '?';

/** What the portal writes beside NOT_REGISTERED ("Pengguna tidak terdaftar"): read as that status even without the code. */
const NOT_REGISTERED_TEXT = /pengguna tidak terdaftar/i;

/** An unknown status that may be repeated as written: shaped like a portal code (`SOME_CODE`). */
export function isPortalCode(value: string): boolean {
  return value.length <= PORTAL_CODE_MAX && PORTAL_CODE_RE.test(value);
}

type Found = { known: string | null; unknown: string | null };

function codeIn(value: string | undefined): Found {
  const tokens = (value ?? '').trim().split(' ').filter(Boolean);
  for (let k = tokens.length; k >= 1; k--) {
    const candidate = tokens.slice(0, k).join('_').toUpperCase();
    if (isStatusCode(candidate)) return { known: candidate, unknown: null };
  }
  const first = tokens[0] ?? '';
  // An all-caps token after "Status:" is a status we do not know yet; "Status Verifikasi" is not.
  if (!CODE_WORD_RE.test(first)) return { known: null, unknown: null };
  return { known: null, unknown: isPortalCode(first) ? first : UNKNOWN_STATUS };
}

/**
 * The status code after `label` (matched case-insensitively, optionally followed by one or two
 * qualifying words and a colon). A known code anywhere wins over an unknown all-caps word, so
 * "Status TTE: ACTIVE" reads ACTIVE, not TTE; an unknown status is returned only when it is all
 * there is: as written when it has a portal code's shape (`FROZEN_X`), else as UNKNOWN_STATUS.
 */
export function readStatus(rawText: string, label = 'Status'): string | null {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const labelRe = new RegExp(`\\b${escaped}\\b`, 'gi');
  const text = rawText.slice(0, 100_000);
  let unknown: string | null = null;
  for (const m of text.matchAll(labelRe)) {
    const from = (m.index ?? 0) + m[0].length;
    const after = text.slice(from, from + STATUS_WINDOW);
    // The qualified form first: in "Status TTE: FROZEN_X" the code is FROZEN_X, not TTE.
    for (const re of [QUALIFIED_RE, VALUE_RE]) {
      const found = codeIn(re.exec(after)?.[1]);
      if (found.known) return found.known;
      // A code-shaped value says more than the marker.
      if (!unknown || unknown === UNKNOWN_STATUS) unknown = found.unknown ?? unknown;
    }
  }
  if (unknown) return unknown;
  if (NOT_REGISTERED_TEXT.test(text)) return 'NOT_REGISTERED';
  return null;
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, february: 2, pebruari: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, aug: 8, agustus: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, nopember: 11, november: 11,
  des: 12, dec: 12, desember: 12, december: 12,
};

/**
 * A calendar date: ISO `2027-01-12` (optionally with a time, `2027-01-12T00:00:00Z`), `12-01-2027`
 * (also with / or .), or `12 Januari 2027`. The time is matched only so that it does not separate
 * the two dates of a range; the date is taken as written.
 */
const DATE_RE =
  /\b(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})|(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4}))(?:[T ]\d{2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d{1,9})?)?(?: ?(?:Z|UTC|WIB|WITA|WIT|[+-]\d{2}:?\d{2}))?)?(?![\d:])/g;

function toDate(y: number, m: number, d: number): Date | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? dt : null;
}

interface FoundDate {
  /** Where the date starts and ends in the searched text. */
  at: number;
  end: number;
  date: Date;
}

function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    let d: Date | null = null;
    if (m[1]) d = toDate(+m[1], +m[2]!, +m[3]!);
    else if (m[4]) d = toDate(+m[6]!, +m[5]!, +m[4]);
    else if (m[7]) {
      const month = MONTHS[m[8]!.toLowerCase()];
      if (month) d = toDate(+m[9]!, month, +m[7]);
    }
    const at = m.index ?? 0;
    if (d) out.push({ at, end: at + m[0].length, date: d });
  }
  return out;
}

export interface Validity {
  /** Last day the certificate is valid (UTC midnight). */
  end: Date;
  daysLeft: number;
  state: 'ok' | 'expiring' | 'expired';
  /** 'shown': the page shows the end date; 'computed': issue date + validity years. */
  source: 'shown' | 'computed';
}

/**
 * Words that introduce a validity date, in three kinds, because a single date means something only
 * when its label says which end of the period it is:
 * - end words ("Berakhir", "Kedaluwarsa", "Expires"): one date after them is the last day;
 * - issue words ("Tanggal terbit", "Diterbitkan", "Issued"): one date is the issue date, and the end
 *   is that date plus the validity years the guide gives;
 * - period words ("Masa aktif", "Masa berlaku", "Berlaku", "Aktif", "Valid", "Periode"): only a range
 *   ("A s/d B", "Aktif sejak A hingga B"), or one date introduced as an end ("Berlaku sampai B",
 *   "Valid until B") or a start ("Berlaku sejak A") says anything. "Masa Aktif 14-01-2026" alone
 *   could be either end, so it makes no claim: a live certificate is never called expired on it.
 */
const END_WORDS = 'berakhir|kedaluwarsa|kadaluarsa|kadaluwarsa|kedaluarsa|expired|expires|expiry|expiration';
const ISSUE_WORDS = 'tanggal terbit|tgl\\.? terbit|diterbitkan|terbit|penerbitan|issued|issue date|date of issue';
const PERIOD_WORDS = 'masa aktif|masa berlaku|berlaku|aktif|valid|periode';
const VALIDITY_WORDS = new RegExp(`\\b(?:${END_WORDS}|${ISSUE_WORDS}|${PERIOD_WORDS})\\b`, 'gi');
/** VALIDITY_WORDS without the global flag, for a plain test. */
const ANY_VALIDITY_WORD = new RegExp(VALIDITY_WORDS.source, 'i');
const END_WORD = new RegExp(`^(?:${END_WORDS})$`, 'i');
const ISSUE_WORD = new RegExp(`^(?:${ISSUE_WORDS})$`, 'i');
/** Between the word and its date: at most this many characters, and no other validity word. */
const MAX_GAP = 40;
/** "Berlaku sejak 12-01-2025", "valid from …": a single date after these is the start. */
const START_WORDS = /\b(?:sejak|mulai|dari|from|since)\b/i;
/** "Berlaku sampai 12-01-2027", "valid until …": a single date after these is the end. */
const UNTIL_WORDS = /(?:\bs\s?\/\s?d\b|\bs\.\s?d\b|\bsampai\b|\bhingga\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\bto\b)/i;
/** What may stand between the two dates of a range: "A s/d B", "A - B", "A sampai B", "A to B". */
const RANGE_SEP = /^\s*(?:s\s?\/\s?d\.?|s\.\s?d\.?|sd|-|–|—|~|sampai(?: dengan)?|hingga|to|until|till|through)\s*$/i;
/** Two dates with only white space between: adjacent cells, e.g. "Tanggal Terbit Tanggal Berakhir 14-01-2026 14-01-2028". */
const ADJACENT = /^\s*[|]?\s*$/;
const DAY = 86_400_000;

/** The end date that one validity word introduces, or null when no date follows it closely or the date's end is not said. */
function endAfter(text: string, from: number, word: string, validityYears: number): { end: Date; source: Validity['source'] } | null {
  const windowText = text.slice(from, from + 200);
  const dates = findDates(windowText);
  const first = dates[0];
  if (!first || first.at > MAX_GAP) return null;
  const gap = windowText.slice(0, first.at);
  // "Tanggal Terbit Tanggal Berakhir 14-01-2026 …": the date belongs to the later word.
  if (ANY_VALIDITY_WORD.test(gap)) return null;
  const second = dates[1];
  if (second) {
    const between = windowText.slice(first.end, second.at);
    if (RANGE_SEP.test(between)) return { end: second.date, source: 'shown' };
    if (ADJACENT.test(between)) return { end: first.date > second.date ? first.date : second.date, source: 'shown' };
  }
  if (END_WORD.test(word) || UNTIL_WORDS.test(gap)) return { end: first.date, source: 'shown' };
  if (ISSUE_WORD.test(word) || START_WORDS.test(gap)) {
    const d = first.date;
    return { end: new Date(Date.UTC(d.getUTCFullYear() + validityYears, d.getUTCMonth(), d.getUTCDate())), source: 'computed' };
  }
  return null;
}

/**
 * The validity period near "masa berlaku" / "terbit" words:
 * - a range "A s/d B" (or "A - B", "A sampai B", "Aktif sejak A hingga B") → B is the end;
 * - one date after an end word or "sampai" / "hingga" / "until" ("Berakhir", "Berlaku sampai",
 *   "Valid until") → the end;
 * - one date after an issue word ("Tanggal terbit", "diterbitkan", "issued") or after "sejak" /
 *   "from" → that date + `validityYears` ('computed');
 * - one date after a period word alone ("Masa berlaku: 12-01-2027") → nothing: it may be either end.
 * A shown end date anywhere on the page wins over a computed one. Dates further away or behind
 * other words ("… Tanggal Registrasi 3 Maret 2030") are not part of the period.
 */
export function readValidity(rawText: string, today: Date, validityYears: number, warnDays: number): Validity | null {
  const text = rawText.slice(0, 100_000);
  let found: { end: Date; source: Validity['source'] } | null = null;
  for (const kw of text.matchAll(VALIDITY_WORDS)) {
    const got = endAfter(text, (kw.index ?? 0) + kw[0].length, kw[0].replace(/\s+/g, ' '), validityYears);
    if (!got) continue;
    if (got.source === 'shown') {
      found = got;
      break;
    }
    found ??= got;
  }
  if (!found) return null;
  const { end, source } = found;
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const daysLeft = Math.round((end.getTime() - todayUtc) / DAY);
  const state = daysLeft < 0 ? 'expired' : daysLeft <= warnDays ? 'expiring' : 'ok';
  return { end, daysLeft, state, source };
}

/**
 * What this reader (and the Email BSrE reader) take from a page's text, as pattern sources for a
 * busy page's hint (changeHint.ts hostValues): the status codes however written ("ACTIVE", "Not
 * Registered"), a portal code's shape, "Pengguna tidak terdaftar", the validity words and dates,
 * and an address. A host with no status page builds with a stand-in that gives none
 * (rules/hosts/noStatus.ts).
 */
export function statusValues(): string[] {
  const codes = STATUS_CODES.map((c) => c.replace(/_/g, '[ _]')).join('|');
  return [`\\b(?:${codes})\\b`, PORTAL_CODE_RE.source.slice(1, -1), NOT_REGISTERED_TEXT.source, VALIDITY_WORDS.source, DATE_RE.source, '@'];
}
