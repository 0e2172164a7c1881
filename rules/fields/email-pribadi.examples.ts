import type { FieldExample } from '../examples';

export const emailPribadiExamples: readonly FieldExample[] = [
  { value: 'nama@gmail.com', verdict: 'ok', reason: 'ok' },
  { value: 'nama@@gmail.com', verdict: 'error', reason: 'syntax' },
];
