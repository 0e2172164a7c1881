import { defineStatus } from './define';

export const noCertificate = defineStatus({
  id: 'no-certificate',
  codes: ['NO_CERTIFICATE'],
  tone: 'warn',
  source: 'facts:statuses',
  next: [
    { id: 'buka-tautan', source: 'guide:F.passphrase.1' },
    { id: 'cek-email', source: 'guide:F.9' },
    { id: 'tautan-tidak-datang', source: 'guide:G.2' },
  ],
  contacts: ['persandian'],
  progress: [{ step: 'passphrase', source: 'facts:statuses' }],
});
