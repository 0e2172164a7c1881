/** Detection examples for bsre-aktivasi.ts (see rules/examples.ts): every step of the wizard. */
import type { PageExamples } from '../examples';

export const AKTIVASI_URL = 'https://bsre.bssn.go.id/email/aktivasi/akun/5d710ec7-7ca9-41a8-ab2e-3f1c0d9e8b21';

export const bsreAktivasiExamples: PageExamples = {
  page: 'bsre-aktivasi',
  examples: ['data-diri', 'data-kedinasan', 'foto-diri', 'berhasil'].map((step) => ({ name: `bsre-aktivasi-${step}`, url: `${AKTIVASI_URL}?replica=step:${step}`, step })),
};
