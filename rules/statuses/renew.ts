import { defineStatus } from './define';

export const renew = defineStatus({
  id: 'renew',
  codes: ['RENEW'],
  tone: 'warn',
  source: 'facts:statuses',
  next: [
    { id: 'ikuti-petunjuk', source: 'advice' },
  ],
  contacts: ['persandian'],
  progress: [],
});
