import type { FieldExample } from '../examples';

export const nomorTeleponExamples: readonly FieldExample[] = [
  { value: '0293123456', verdict: 'ok', reason: 'okLandline' },
  { value: '081234567890', verdict: 'ok', reason: 'ok' },
  { value: '12', verdict: 'error', reason: 'prefix' },
];
