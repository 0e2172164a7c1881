import type { FieldExample } from '../examples';

export const passphraseExamples: readonly FieldExample[] = [
  { value: 'Sertifikat#2026', verdict: 'ok', reason: 'ok' },
  { value: 'abc', verdict: 'error', reason: 'minLength' },
  { value: 'sertifikat2026', verdict: 'error', reason: 'upper' },
];
