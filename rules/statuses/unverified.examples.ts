import type { StatusExample } from '../examples';

export const unverifiedExamples: readonly StatusExample[] = [
  { text: 'Status : UNVERIFIED', status: 'UNVERIFIED' },
];
