/** Detection examples for myasn-layanan.ts (see rules/examples.ts). */
import type { PageExamples } from '../examples';

export const myasnLayananExamples: PageExamples = {
  page: 'myasn-layanan',
  examples: [{ name: 'myasn-layanan', url: 'https://myasn.bkn.go.id/layanan-asn' }],
};
