/** Detection examples for asndigital-layanan.ts (see rules/examples.ts). */
import type { PageExamples } from '../examples';

export const asndigitalLayananExamples: PageExamples = {
  page: 'asndigital-layanan',
  examples: [{ name: 'asndigital-layanan', url: 'https://asndigital.bkn.go.id/' }],
};
