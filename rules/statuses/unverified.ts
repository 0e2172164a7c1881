import { defineStatus } from './define';

export const unverified = defineStatus({
  id: 'unverified',
  codes: ['UNVERIFIED'],
  tone: 'warn',
  source: 'facts:statuses',
  next: [
    { id: 'pastikan-aktivasi', source: 'advice' },
  ],
  contacts: ['persandian', 'bsre'],
  progress: [],
});
