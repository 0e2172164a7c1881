import { defineStatus } from './define';

/** A code in no other explanation: one nobody has seen yet, or one the page shows in a shape no reader knows. */
export const unknown = defineStatus({
  id: 'unknown',
  codes: [],
  tone: 'warn',
  source: 'advice',
  next: [
    { id: 'kirim-kode', source: 'advice' },
  ],
  contacts: ['persandian'],
  progress: [],
});
