import type { StatusExample } from '../examples';

export const revokeExamples: readonly StatusExample[] = [
  { text: 'Status: REVOKE', status: 'REVOKE' },
];
