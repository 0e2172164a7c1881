import type { AgencyExamples } from '../examples';

/** The generic profile is never offered: no page names it. */
export const umumExamples: AgencyExamples = {
  instansiKerja: [],
  emailDinas: [
    { value: 'nama@kemenkeu.go.id', verdict: 'ok', reason: 'govOk' },
    { value: 'nama@gmail.com', verdict: 'error', reason: 'govPublic' },
  ],
};
