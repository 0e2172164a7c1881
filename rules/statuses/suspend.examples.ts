import type { StatusExample } from '../examples';

export const suspendExamples: readonly StatusExample[] = [
  { text: 'Status: SUSPEND', status: 'SUSPEND' },
];
