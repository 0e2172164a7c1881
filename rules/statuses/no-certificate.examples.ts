import type { StatusExample } from '../examples';

export const noCertificateExamples: readonly StatusExample[] = [
  { text: 'Status: NO_CERTIFICATE', status: 'NO_CERTIFICATE' },
];
