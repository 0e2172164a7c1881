import { defineStatus } from './define';

export const newAccount = defineStatus({
  id: 'new-account',
  codes: ['NEW'],
  tone: 'warn',
  source: 'facts:statuses',
  next: [
    { id: 'buka-email', source: 'guide:F.2' },
    { id: 'salin-tautan', source: 'guide:F.2' },
    { id: 'selesaikan', source: 'guide:F.9' },
    { id: 'spam', source: 'advice' },
  ],
  contacts: ['persandian'],
  progress: [{ step: 'aktivasi-akun', source: 'facts:statuses' }],
});
