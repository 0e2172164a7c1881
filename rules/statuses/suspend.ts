import { defineStatus } from './define';

export const suspend = defineStatus({
  id: 'suspend',
  codes: ['SUSPEND'],
  tone: 'error',
  source: 'facts:statuses',
  next: [
    { id: 'hubungi-verifikator', source: 'facts:statuses' },
  ],
  contacts: ['persandian'],
  progress: [],
});
