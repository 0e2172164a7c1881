import type { FieldExample } from '../examples';

export const nomorHpExamples: readonly FieldExample[] = [
  { value: '081234567890', verdict: 'ok', reason: 'ok' },
  { value: '+6281234567890', verdict: 'ok', reason: 'ok' },
  { value: '0812345', verdict: 'error', reason: 'tooShort' },
  { value: '0274123456', verdict: 'error', reason: 'notMobile' },
];
