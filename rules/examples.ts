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
import type { EmployeeType, Verdict } from './fields/types';
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

/**
 * What a field check says of a value: the examples beside each field check
 * (rules/fields/<id>.examples.ts), judged while typing with the generic agency profile unless one is named.
 */
export interface FieldExample {
  /** What is typed; for a field of checkboxes, how many of the boxes the page shows are ticked. */
  value: string | { checked: number; total: number };
  /** The agency profile in force (an id in rules/agencies/); the generic one when absent. */
  agency?: string;
  /** The other fields of the same screen, by field id (the confirmation's passphrase). */
  others?: Readonly<Record<string, string>>;
  verdict: Verdict;
  /** The reason the check gives, as its file lists it. */
  reason: string;
}

/** Certificate pages' text and the status read from it: the examples beside each status explanation (rules/statuses/<id>.examples.ts). */
export interface StatusExample {
  /** The page's text around its status. */
  text: string;
  /** The code read from it, one of the explanation's codes. */
  status: string;
}

/** What holds for an agency profile: the examples beside it (rules/agencies/<id>.examples.ts). */
export interface AgencyExamples {
  /** What the certificate page shows after "Instansi Kerja" for this agency's employees (their page then offers the profile). */
  instansiKerja: readonly string[];
  /** Work email addresses, with what the email dinas check says of them under this profile. */
  emailDinas: readonly { value: string; employeeType?: EmployeeType; verdict: Verdict; reason: string }[];
}
