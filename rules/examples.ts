/**
 * The shape of a page rule's detection examples, kept beside each rule in
 * rules/pages/<page-id>.examples.ts (the github-url-detection habit: every detector carries real
 * URLs it must accept, and every other detector must reject them). An example is a real portal URL;
 * its `?replica=…` query puts the replica page (public/replicas/) in the state shown.
 *
 * Examples are test data: the unit and e2e detection tests and the demo walk them
 * (tests/fixtures/cases.ts gathers them), and nothing the extension is built from imports them
 * (tests/unit/pageExamples.test.ts follows the imports from every entrypoint to be sure).
 */
import type { PageId } from './ids';

export interface PageExample {
  /** Names the test and the demo screenshot; unique over all pages. */
  name: string;
  url: string;
  /** The wizard step detection must pick; absent where the page has no step. */
  step?: string;
  /** The certificate status detection must read; absent where the page shows none. */
  status?: string;
}

export interface PageExamples {
  page: PageId;
  examples: readonly PageExample[];
}
