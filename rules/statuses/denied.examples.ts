import type { StatusExample } from '../examples';

export const deniedExamples: readonly StatusExample[] = [
  { text: 'Status: DENIED', status: 'DENIED' },
];
