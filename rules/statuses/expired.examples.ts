import type { StatusExample } from '../examples';

export const expiredExamples: readonly StatusExample[] = [
  { text: 'Status: EXPIRED', status: 'EXPIRED' },
];
