import type { FieldExample } from '../examples';

export const nipExamples: readonly FieldExample[] = [
  { value: '199005152015032001', verdict: 'ok', reason: 'ok.pns' },
  { value: '199005152022212001', verdict: 'ok', reason: 'ok.pppk' },
  { value: '19900515201503200', verdict: 'error', reason: 'length' },
  { value: '199005152015031000', verdict: 'warn', reason: 'serial' },
];
