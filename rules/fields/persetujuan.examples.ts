import type { FieldExample } from '../examples';

export const persetujuanExamples: readonly FieldExample[] = [
  { value: { checked: 2, total: 2 }, verdict: 'ok', reason: 'ok' },
  { value: { checked: 1, total: 2 }, verdict: 'error', reason: 'missing' },
];
