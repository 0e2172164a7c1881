/**
 * Helpdesk reproduction: the overlay model a user's help code describes, built for the same
 * <Panel> the content script renders — one implementation, two callers.
 */
import { agencyById } from '../rules/agencies';
import type { Diagnostic } from '../rules/engine/diagnostic';
import type { PageState } from '../rules/engine/detect';
import type { OverlayModel } from './model';

const DAY = 86_400_000;

/**
 * The certificate's end date a help code's "days left" means, counted from the helpdesk's today
 * (a UTC midnight, as rules/engine/readStatus.ts reads dates). The overlay and the replica page
 * (components/helpdesk/replicaUrl.ts) both use it, so they show the same date.
 */
export function validityEnd(daysLeft: number, today: Date): Date {
  return new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) + daysLeft * DAY);
}

export function stateFromDiagnostic(d: Diagnostic, today: Date): PageState {
  let validity: PageState['validity'] = null;
  if (d.validity) {
    validity = { end: validityEnd(d.validity.daysLeft, today), daysLeft: d.validity.daysLeft, state: d.validity.state, source: d.validity.source };
  }
  return {
    page: d.page,
    step: d.step,
    status: d.status,
    match: d.missing.includes('markers') ? 'url' : 'url+content',
    missing: d.missing,
    validity,
  };
}

export function modelFromDiagnostic(d: Diagnostic, today: Date): OverlayModel {
  return {
    state: stateFromDiagnostic(d, today),
    findings: d.findings.map((f) => ({ ...f })),
    guard: null,
    locale: d.locale,
    agency: agencyById(d.agency),
    settled: true,
    collapsed: false,
    canCopyCode: false,
    helpCode: null,
  };
}
