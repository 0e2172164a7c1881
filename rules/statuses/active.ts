import { defineStatus } from './define';

/**
 * ACTIVE / ISSUE: the portal says the certificate was issued, but its validity may have run out
 * since (the card then shows "sudah lewat" below this text and turns red). So the meaning does not
 * promise that it can be used today, and the next steps hold for both cases.
 */
export const active = defineStatus({
  id: 'active',
  codes: ['ISSUE', 'ACTIVE'],
  tone: 'ok',
  source: 'guide:F.passphrase.7',
  next: [
    { id: 'jaga-passphrase', source: 'guide:C' },
    { id: 'jaga-sertifikat', source: 'guide:C' },
    { id: 'perbarui', source: 'guide:C' },
  ],
  contacts: ['persandian'],
  progress: [{ step: 'terbit', source: 'guide:F.passphrase.7' }],
});
