/**
 * PNS or PPPK from a NIP / NI PPPK the portal shows as page text (the MyASN header, a profile
 * card): "NIP: 199001012015031002", "NIP. 19900101 201503 1 002", "NIP/NI PPPK: 2000…",
 * "NI PPPK 2000…". Pure and linear-time (fixed repetition counts, text capped). The number itself
 * is only passed on to the caller's memory for the email-domain check; it is never stored.
 */
import { nipKind } from './evaluate';
import type { EmployeeType } from '../fields/types';

const MAX_TEXT = 100_000;

/**
 * The label ("NIP", "NIP.", "NIP/NI PPPK", "NI PPPK", any case), an optional colon, then 18 digits
 * that may be grouped by single spaces, dots or dashes. A 19th digit means it is not a NIP.
 */
const NIP_DIGITS = '\\d(?:[ .-]?\\d){17}(?!\\d)';
const NIP_RE = /* @__PURE__ */ new RegExp(`\\b(?:NIP(?:\\s?\\/\\s?NI\\s?PPPK)?|NI\\s?PPPK)\\b\\.?\\s{0,3}[:：]?\\s{0,3}(${NIP_DIGITS})`, 'gi');

/** What this reader reads, as pattern sources (a busy page's print: changeHint.ts hostValues): 18 digits, grouped or not. */
export const employeeValues = (): string[] => [NIP_DIGITS];

/** The 18 digits of the first NIP / NI PPPK shown in `text` whose kind is known, or undefined. */
export function nipFromText(text: string): string | undefined {
  for (const m of text.slice(0, MAX_TEXT).matchAll(NIP_RE)) {
    const digits = m[1]!.replace(/\D/g, '');
    if (nipKind(digits)) return digits;
  }
  return undefined;
}

/** PNS or PPPK from the first NIP / NI PPPK shown in `text` (digit 13), or null when none is shown. */
export function employeeTypeFromText(text: string): EmployeeType | null {
  const nip = nipFromText(text);
  return nip ? nipKind(nip) : null;
}
