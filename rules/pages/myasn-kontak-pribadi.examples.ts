/** Detection examples for myasn-kontak-pribadi.ts (see rules/examples.ts). */
import type { PageExamples } from '../examples';

export const myasnKontakPribadiExamples: PageExamples = {
  page: 'myasn-kontak-pribadi',
  examples: [
    { name: 'myasn-kontak-pribadi', url: 'https://myasn.bkn.go.id/profil/update#kontak-pribadi', step: 'form' },
    // "Apakah anda yakin?": the form with the Verifikasi dialog open.
    { name: 'myasn-kontak-pribadi-konfirmasi', url: 'https://myasn.bkn.go.id/profil/update?replica=dialog:verifikasi#kontak-pribadi', step: 'konfirmasi' },
    { name: 'myasn-aktivasi-email', url: 'https://myasn.bkn.go.id/aktivasi-email/0f9c1d2e', step: 'email-aktif' },
  ],
};
