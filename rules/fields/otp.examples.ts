import type { FieldExample } from '../examples';

export const otpExamples: readonly FieldExample[] = [
  { value: '123456', verdict: 'ok', reason: 'ok' },
  { value: '12345', verdict: 'error', reason: 'length' },
  { value: '12a456', verdict: 'error', reason: 'notDigits' },
];
