/** Detection examples for myasn-dashboard.ts (see rules/examples.ts). */
import type { PageExamples } from '../examples';

export const myasnDashboardExamples: PageExamples = {
  page: 'myasn-dashboard',
  examples: [{ name: 'myasn-dashboard', url: 'https://myasn.bkn.go.id/dashboard' }],
};
