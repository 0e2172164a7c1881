/**
 * The consent boxes: two on BSrE's Foto Diri step, one ("Setuju" to the Perjanjian Pemilik
 * Sertifikat Elektronik) on Buat Passphrase. BSrE refuses Submit until all are ticked.
 */
import type { Finding } from './types';

/** Counts come from the DOM; NaN, negatives and fractions are clamped so the message stays sane. */
export function validateConsent(checkedCount: number, total: number): Finding {
  const all = Math.max(1, whole(total));
  const checked = Math.min(all, whole(checkedCount));
  if (checked >= all) return { field: 'persetujuan', verdict: 'ok', reason: 'consent.ok', params: { total: all } };
  return { field: 'persetujuan', verdict: 'error', reason: 'consent.missing', params: { missing: all - checked, total: all } };
}

function whole(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}
