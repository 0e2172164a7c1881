/**
 * What each certificate status means, what to do next and whom to call: one file per explanation
 * beside this one, each naming its codes; `unknown` is the fallback for codes nobody has seen.
 * Every meaning and every next step names its source (rules/sources.ts): the guide (NOT_REGISTERED,
 * ACTIVE) or the public BSrE client libraries summarised in docs/guide/README.md (`facts:statuses`),
 * which say what a code means but never why a request was denied or how long anything takes; where
 * they are silent the text is plain advice. Each status shows one way forward: NOT_REGISTERED
 * follows what the page shows under "Email BSrE" (rules/engine/emailBsre.ts).
 * `{tteDesk}` is filled from the agency profile (agencyTipParams in rules/contacts.ts).
 */
import type { EmailBsreState } from '../engine/emailBsre';
import { STATUS_CODES, type StatusCode } from '../ids';
import type { StatusExplanation } from '../schema';
import { STATUSES } from './registry';

export type { StatusExplanation } from '../schema';

/** The explanation of every known code, from the files that name it (a test holds each code to exactly one). */
export const statusExplanations = /* @__PURE__ */ Object.fromEntries(
  STATUS_CODES.map((code) => [code, Object.values(STATUSES).find((e) => e.codes.includes(code)) ?? STATUSES.unknown]),
) as Record<StatusCode, StatusExplanation>;

/** Shown for a code that is in none of the explanations. */
export const unknownStatusExplanation: StatusExplanation = STATUSES.unknown;

export function explainStatus(code: string): StatusExplanation {
  return (statusExplanations as Partial<Record<string, StatusExplanation>>)[code] ?? unknownStatusExplanation;
}

/**
 * What the user should be told. Only the next steps that fit what the page shows under "Email
 * BSrE" (`emailBsre`; 'unknown' off the certificate page or in a help-code reproduction, which then
 * gets both ways, each with its condition). A certificate the portal still calls ACTIVE / ISSUE but
 * whose validity has run out cannot sign any more, so it is explained (meaning, next steps, progress,
 * contacts) as EXPIRED. The status shown stays the portal's own code.
 */
export function explainStatusWithValidity(
  code: string,
  validity: { state: string } | null | undefined,
  emailBsre: EmailBsreState = 'unknown',
): StatusExplanation {
  const active = code === 'ACTIVE' || code === 'ISSUE';
  const e = explainStatus(active && validity?.state === 'expired' ? 'EXPIRED' : code);
  return { ...e, next: nextSteps(e, emailBsre) };
}

/**
 * The guide step a status puts the user at, for what "Email BSrE" shows now; undefined when the status
 * says nothing about it (the screen's own step stands).
 */
export function statusStep(e: StatusExplanation, emailBsre: EmailBsreState = 'unknown'): StatusExplanation['progress'][number]['step'] | undefined {
  return e.progress.find((p) => !p.emailBsre || p.emailBsre.includes(emailBsre))?.step;
}

/** The next steps in force: those for what "Email BSrE" shows now, and those that always hold. */
export function nextSteps(e: StatusExplanation, emailBsre: EmailBsreState = 'unknown'): StatusExplanation['next'] {
  return e.next.filter((n) => !n.emailBsre || n.emailBsre.includes(emailBsre));
}
