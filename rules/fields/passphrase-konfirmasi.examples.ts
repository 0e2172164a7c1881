import type { FieldExample } from '../examples';

export const passphraseKonfirmasiExamples: readonly FieldExample[] = [
  { value: 'Sertifikat#2026', others: { passphrase: 'Sertifikat#2026' }, verdict: 'ok', reason: 'ok' },
  { value: 'Sertifikat#2025', others: { passphrase: 'Sertifikat#2026' }, verdict: 'error', reason: 'mismatch' },
];
