import { defineStatus } from './define';

export const expired = defineStatus({
  id: 'expired',
  codes: ['EXPIRED'],
  tone: 'error',
  source: 'facts:statuses',
  next: [
    { id: 'ajukan', source: 'facts:statuses' },
    { id: 'tanyakan', source: 'advice' },
  ],
  contacts: ['persandian'],
  progress: [],
});
