/** Detection examples for bsre-passphrase.ts (see rules/examples.ts): every step of the wizard. */
import type { PageExamples } from '../examples';

export const PASSPHRASE_URL = 'https://bsre.bssn.go.id/email/passphrase/9f3e2a71-55c4-4c1e-b0d2-6a7e8f9a0b1c';

export const bsrePassphraseExamples: PageExamples = {
  page: 'bsre-passphrase',
  examples: [
    ...['cek-profil', 'foto-diri', 'buat-passphrase', 'berhasil'].map((step) => ({ name: `bsre-passphrase-${step}`, url: `${PASSPHRASE_URL}?replica=step:${step}`, step })),
    // The selfie before the photo is taken looks like the activation wizard's selfie step; the URL decides.
    { name: 'bsre-passphrase-foto-diri-awal', url: `${PASSPHRASE_URL}?replica=step:foto-diri-awal`, step: 'foto-diri' },
  ],
};
