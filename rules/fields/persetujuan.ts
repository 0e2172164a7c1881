/**
 * The consent boxes: two on BSrE's Foto Diri step, one ("Setuju" to the Perjanjian Pemilik
 * Sertifikat Elektronik) on Buat Passphrase. BSrE refuses Submit until all are ticked. What is
 * counted is what the page shows: the boxes found, never the number the rule expects (a box the
 * labels do not match would otherwise stay "not ticked" forever and hold Submit every time).
 */
import { defineField, findingsOf } from './define';
import type { Finding } from './types';

export const PERSETUJUAN_REASONS = ['missing', 'ok'] as const;
const f = findingsOf('persetujuan');

/** Counts come from the DOM; NaN, negatives and fractions are clamped so the message stays sane. */
export function validateConsent(checkedCount: number, total: number): Finding {
  const all = Math.max(1, whole(total));
  const checked = Math.min(all, whole(checkedCount));
  if (checked >= all) return f('ok', 'ok', { total: all });
  return f('error', 'missing', { missing: all - checked, total: all });
}

function whole(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

export const persetujuan = defineField({
  id: 'persetujuan',
  code: 'ST',
  reasons: PERSETUJUAN_REASONS,
  validateBoxes: (checked, total) => validateConsent(checked, total),
});
