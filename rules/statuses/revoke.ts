import { defineStatus } from './define';

export const revoke = defineStatus({
  id: 'revoke',
  codes: ['REVOKE'],
  tone: 'error',
  source: 'facts:statuses',
  next: [
    { id: 'daftar-ulang', source: 'facts:statuses' },
  ],
  contacts: ['persandian'],
  progress: [],
});
