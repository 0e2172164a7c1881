import type { FieldExample } from '../examples';

/** What the email dinas check says with the generic profile (any .go.id address); each agency's examples hold its own domains. */
export const emailDinasExamples: readonly FieldExample[] = [
  { value: 'nama@kemenkeu.go.id', verdict: 'ok', reason: 'govOk' },
  { value: 'nama@gmail.com', verdict: 'error', reason: 'govPublic' },
  { value: 'nama@', verdict: 'error', reason: 'govSyntax' },
];
