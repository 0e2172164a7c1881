import { defineStatus } from './define';

export const denied = defineStatus({
  id: 'denied',
  codes: ['DENIED'],
  tone: 'error',
  source: 'facts:statuses',
  next: [
    { id: 'tanyakan-alasan', source: 'advice' },
    { id: 'daftar-ulang', source: 'facts:statuses' },
  ],
  contacts: ['persandian', 'bsre'],
  progress: [],
});
