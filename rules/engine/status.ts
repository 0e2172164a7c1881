/**
 * Reading the certificate status and validity from visible text. Pure and linear-time: the
 * regular expressions have bounded repetition, so page text cannot make them slow.
 */
import { isStatusCode } from '../statuses';

const MAX_WORDS = 4;

export function readStatus(rawText: string, label = 'Status'): string | null {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`\\b${escaped}\\b\\s*[:：]?\\s*((?:[A-Za-z_]{2,40} ?){1,${MAX_WORDS}})`, 'g');
  for (const m of rawText.slice(0, 100_000).matchAll(re)) {
    const tokens = (m[1] ?? '').trim().split(' ');
    for (let k = tokens.length; k >= 1; k--) {
      const candidate = tokens.slice(0, k).join('_').toUpperCase();
      if (isStatusCode(candidate)) return candidate;
    }
    const first = tokens[0] ?? '';
    // An all-caps token after "Status:" is a code we do not know yet; "Status Verifikasi" is not.
    if (/^[A-Z][A-Z_]{2,31}$/.test(first)) return first;
  }
  if (/pengguna tidak terdaftar/i.test(rawText)) return 'NOT_REGISTERED';
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

const DATE_RE =
  /\b(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})|(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4}))\b/g;

function toDate(y: number, m: number, d: number): Date | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? dt : null;
}

interface FoundDate {
  at: number;
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
    if (d) out.push({ at: m.index ?? 0, date: d });
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

const VALIDITY_WORDS = /masa aktif|masa berlaku|berlaku|valid|kedaluwarsa|kadaluarsa|kadaluwarsa|expired|diterbitkan|terbit|periode/gi;
const END_WORDS = /sampai|hingga|s\/d|s\.d\.|berakhir|kedaluwarsa|kadaluarsa|kadaluwarsa|expired|until|valid to/i;
const DAY = 86_400_000;

/**
 * The validity period near "masa aktif" / "berlaku" words. Two dates → the later one is the end;
 * one date → the end if the words say so ("sampai"), else the issue date + `validityYears`.
 */
export function readValidity(rawText: string, today: Date, validityYears: number, warnDays: number): Validity | null {
  const text = rawText.slice(0, 100_000);
  for (const kw of text.matchAll(VALIDITY_WORDS)) {
    const from = kw.index ?? 0;
    const windowText = text.slice(from, from + 160);
    const dates = findDates(windowText);
    if (dates.length === 0) continue;
    let end: Date;
    let source: Validity['source'] = 'shown';
    if (dates.length >= 2) end = new Date(Math.max(...dates.map((d) => d.date.getTime())));
    else {
      const only = dates[0]!;
      const before = windowText.slice(0, only.at);
      if (END_WORDS.test(before)) end = only.date;
      else {
        const d = only.date;
        end = new Date(Date.UTC(d.getUTCFullYear() + validityYears, d.getUTCMonth(), d.getUTCDate()));
        source = 'computed';
      }
    }
    const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
    const daysLeft = Math.round((end.getTime() - todayUtc) / DAY);
    const state = daysLeft < 0 ? 'expired' : daysLeft <= warnDays ? 'expiring' : 'ok';
    return { end, daysLeft, state, source };
  }
  return null;
}
