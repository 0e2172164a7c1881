import type { StatusExample } from '../examples';

export const newAccountExamples: readonly StatusExample[] = [
  { text: 'Status: NEW', status: 'NEW' },
];
