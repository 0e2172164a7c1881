/**
 * The BSrE passphrase (typed at every signature). The composition rule comes from the guide and
 * lives in rules/policy.ts; this file only applies a PassphrasePolicy.
 *
 * Character classes follow Unicode, per code point (an emoji is one character):
 * - upper = Lu/Lt (A, É, Ä), lower = Ll (a, é, ß), digit = Nd (0–9 and other scripts' digits),
 *   space = any Unicode white space, symbol = punctuation or symbol (P*, S*: ! @ # _ € ✓ emoji);
 * - letters without case (Arabic, CJK …), combining marks, control and invisible characters
 *   count towards the length but satisfy no class.
 * BSrE's own check and the keyboards a passphrase is later typed on are unknown, so a passphrase
 * that meets the rules only thanks to such characters still passes, with a 'warn': invisible
 * characters first ('passphrase.invisible'), then anything outside printable ASCII
 * ('passphrase.nonAscii').
 *
 * Privacy: findings carry the rule states and the policy's minimum only; no character, length or
 * position of the passphrase ever reaches params.
 */
import { policy } from '../policy';
import { defineField, findingsOf } from './define';
import { isInvisible, isSpace, MAX_INPUT_LENGTH } from './normalize';
import type { Finding, PassphrasePolicy, PassphraseRuleState } from './types';

const UPPER_RE = /[\p{Lu}\p{Lt}]/u;
const LOWER_RE = /\p{Ll}/u;
const DIGIT_RE = /\p{Nd}/u;
const SYMBOL_RE = /[\p{P}\p{S}]/u;
const CONTROL_RE = /[\p{Cc}\p{Cf}]/u;

interface Seen {
  length: number;
  upper: boolean;
  lower: boolean;
  digit: boolean;
  symbol: boolean;
  space: boolean;
  invisible: boolean;
  nonAscii: boolean;
}

function survey(value: string): Seen {
  const s: Seen = { length: 0, upper: false, lower: false, digit: false, symbol: false, space: false, invisible: false, nonAscii: false };
  for (const ch of value) {
    s.length++;
    const cp = ch.codePointAt(0)!;
    if (cp > 0x7e) s.nonAscii = true;
    if (isSpace(ch)) s.space = true;
    else if (isInvisible(ch) || CONTROL_RE.test(ch)) s.invisible = true;
    else if (UPPER_RE.test(ch)) s.upper = true;
    else if (LOWER_RE.test(ch)) s.lower = true;
    else if (DIGIT_RE.test(ch)) s.digit = true;
    else if (SYMBOL_RE.test(ch)) s.symbol = true;
  }
  return s;
}

function capped(value: string): string {
  // Past the cap the verdict is 'overLimit' anyway; looking at one character more keeps it bounded.
  return value.length > MAX_INPUT_LENGTH ? value.slice(0, MAX_INPUT_LENGTH + 1) : value;
}

function rulesFrom(s: Seen, policy: PassphrasePolicy): PassphraseRuleState[] {
  const rules: PassphraseRuleState[] = [{ rule: 'minLength', met: s.length >= policy.minLength }];
  if (policy.requireUpper) rules.push({ rule: 'upper', met: s.upper });
  if (policy.requireLower) rules.push({ rule: 'lower', met: s.lower });
  if (policy.requireDigit) rules.push({ rule: 'digit', met: s.digit });
  if (policy.requireSymbol) rules.push({ rule: 'symbol', met: s.symbol });
  if (!policy.allowSpaces) rules.push({ rule: 'noSpace', met: !s.space });
  return rules;
}

/** The rules in force under `policy`, in the order they are shown and reported. */
export function passphraseRules(value: string, policy: PassphrasePolicy): PassphraseRuleState[] {
  return rulesFrom(survey(capped(value)), policy);
}

export const PASSPHRASE_REASONS = ['empty', 'overLimit', 'minLength', 'upper', 'lower', 'digit', 'symbol', 'noSpace', 'invisible', 'nonAscii', 'ok'] as const;
const f = findingsOf('passphrase');

export function validatePassphrase(value: string, policy: PassphrasePolicy): Finding & { rules: PassphraseRuleState[] } {
  const s = survey(capped(value));
  const rules = rulesFrom(s, policy);
  const withRules = (f: Finding) => ({ ...f, rules });
  if (value === '') return withRules(f('error', 'empty', { min: policy.minLength }));
  if (value.length > MAX_INPUT_LENGTH) return withRules(f('error', 'overLimit', { max: MAX_INPUT_LENGTH }));
  const unmet = rules.find((r) => !r.met);
  if (unmet) {
    const params = unmet.rule === 'minLength' ? { min: policy.minLength } : undefined;
    return withRules(f('error', unmet.rule, params));
  }
  if (s.invisible) return withRules(f('warn', 'invisible'));
  if (s.nonAscii) return withRules(f('warn', 'nonAscii'));
  return withRules(f('ok', 'ok', { min: policy.minLength }));
}

export const passphrase = defineField({
  id: 'passphrase',
  code: 'PP',
  reasons: PASSPHRASE_REASONS,
  validate: (value) => validatePassphrase(value, policy.passphrase),
});
