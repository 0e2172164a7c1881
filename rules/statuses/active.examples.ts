import type { StatusExample } from '../examples';

export const activeExamples: readonly StatusExample[] = [
  { text: 'Status TTE: ACTIVE', status: 'ACTIVE' },
  { text: 'Status: ISSUE', status: 'ISSUE' },
];
