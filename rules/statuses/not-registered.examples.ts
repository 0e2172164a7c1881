import type { StatusExample } from '../examples';

export const notRegisteredExamples: readonly StatusExample[] = [
  { text: 'Status Sertifikat: NOT_REGISTERED', status: 'NOT_REGISTERED' },
  { text: 'Status: Pengguna tidak terdaftar', status: 'NOT_REGISTERED' },
];
