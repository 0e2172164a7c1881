import { defineStatus } from './define';

export const waitingForVerification = defineStatus({
  id: 'waiting-for-verification',
  codes: ['WAITING_FOR_VERIFICATION'],
  tone: 'warn',
  source: 'facts:statuses',
  next: [
    { id: 'tunggu', source: 'advice' },
  ],
  contacts: ['persandian'],
  progress: [],
});
