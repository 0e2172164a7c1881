/** Detection examples for myasn-sertifikat.ts (see rules/examples.ts): every status the guide shows. */
import type { PageExamples } from '../examples';
import { STATUS_CODES } from '../ids';

export const SERTIFIKAT_URL = 'https://myasn.bkn.go.id/layanan-asn/sertifikat-elektronik-bsre';

export const myasnSertifikatExamples: PageExamples = {
  page: 'myasn-sertifikat',
  examples: [
    { name: 'myasn-sertifikat-email-filled', url: `${SERTIFIKAT_URL}?replica=email:filled`, status: 'NOT_REGISTERED' },
    // Every known code, and one nobody has seen yet (shown as it is written).
    ...[...STATUS_CODES, 'FROZEN_X'].map((code) => ({ name: `myasn-sertifikat-${code}`, url: `${SERTIFIKAT_URL}?replica=status:${code}`, status: code })),
  ],
};
