/**
 * Helpdesk reproduction: the overlay model a user's help code describes, built for the same
 * <Panel> the content script renders — one implementation, two callers.
 */
import { agencyById } from '../rules/agencies';
import type { Diagnostic } from '../rules/engine/diagnostic';
import type { PageState } from '../rules/engine/detect';
import type { OverlayModel } from './model';

const DAY = 86_400_000;

export function stateFromDiagnostic(d: Diagnostic, today: Date): PageState {
  let validity: PageState['validity'] = null;
  if (d.validity) {
    const base = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
    validity = { end: new Date(base + d.validity.daysLeft * DAY), daysLeft: d.validity.daysLeft, state: d.validity.state, source: d.validity.source };
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
