/**
 * Which rule field a form control is, from what names it: label text first, then name/id, then
 * placeholder. The most specific keyword wins, so "Konfirmasi Passphrase" is not taken for
 * "Passphrase".
 */
import type { FieldRule } from '../schema';
import type { ControlInfo } from './snapshot';
import { norm } from './text';

function score(values: readonly string[], keywords: readonly string[] | undefined, weight: number): number {
  let best = 0;
  if (!keywords) return 0;
  for (const raw of values) {
    const v = norm(raw);
    if (!v) continue;
    for (const k of keywords) {
      const kw = norm(k);
      if (!kw) continue;
      // Exact beats contains; among "contains", the longer keyword is the more specific one.
      if (v === kw || v === kw + ' *' || v.replace(/[*:]/g, '').trim() === kw) best = Math.max(best, weight * 1000);
      else if (v.includes(kw)) best = Math.max(best, weight * (10 + kw.length));
    }
  }
  return best;
}

/** Names are matched as whole tokens (`no_hp` holds `hp`; `php` does not). */
function nameScore(names: readonly string[], keywords: readonly string[] | undefined): number {
  if (!keywords) return 0;
  let best = 0;
  for (const n of names) {
    const tokens = n.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
    const whole = n.toLowerCase();
    for (const k of keywords) {
      const kl = k.toLowerCase();
      if (whole === kl) best = Math.max(best, 900);
      else if (tokens.includes(kl)) best = Math.max(best, 5 + kl.length);
    }
  }
  return best;
}

export function fieldScore(control: ControlInfo, rule: FieldRule): number {
  const wantsCheckbox = rule.field === 'persetujuan';
  const isCheckbox = control.type === 'checkbox';
  if (wantsCheckbox !== isCheckbox) return 0;
  return Math.max(
    score(control.labels, rule.labels, 3),
    nameScore(control.names, rule.names) * 2,
    score(control.placeholders, rule.placeholders ?? rule.labels, 1),
  );
}

export function matchField(control: ControlInfo, rules: readonly FieldRule[]): FieldRule | null {
  let best: FieldRule | null = null;
  let bestScore = 0;
  for (const r of rules) {
    const s = fieldScore(control, r);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  return best;
}
