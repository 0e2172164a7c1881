import type { StatusExample } from '../examples';

export const waitingForVerificationExamples: readonly StatusExample[] = [
  { text: 'Status WAITING FOR VERIFICATION', status: 'WAITING_FOR_VERIFICATION' },
];
