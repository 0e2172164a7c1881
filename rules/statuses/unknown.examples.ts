import type { StatusExample } from '../examples';

/** A code no explanation names is explained as unknown: repeated as written when shaped like a portal code, else as '?' (it may be a name). */
export const unknownExamples: readonly StatusExample[] = [
  { text: 'Status: FROZEN_X', status: 'FROZEN_X' },
  { text: 'Status: PENDING', status: '?' },
];
