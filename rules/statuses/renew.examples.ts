import type { StatusExample } from '../examples';

export const renewExamples: readonly StatusExample[] = [
  { text: 'Status: RENEW', status: 'RENEW' },
];
