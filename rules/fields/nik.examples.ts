import type { FieldExample } from '../examples';

export const nikExamples: readonly FieldExample[] = [
  { value: '3308015505900001', verdict: 'ok', reason: 'ok' },
  { value: '330801550590', verdict: 'error', reason: 'length' },
  { value: '3308019905900001', verdict: 'error', reason: 'birthDate' },
  { value: '9908015505900001', verdict: 'error', reason: 'province' },
];
