/**
 * Helpdesk reproduction: the page state a user's help code describes, the same PageState the
 * content script detects, so the helpdesk page renders it with the same <Panel> (the overlay model
 * around it is components/helpdesk/overlayModel.ts).
 */
import type { PageState } from '../engine/detect';
import type { HelpCode } from './schema';

const DAY = 86_400_000;

/**
 * The certificate's end date a help code's "days left" means, counted from the helpdesk's today
 * (a UTC midnight, as rules/engine/readStatus.ts reads dates). The overlay and the replica page
 * (components/helpdesk/replicaUrl.ts) both use it, so they show the same date.
 */
export function validityEnd(daysLeft: number, today: Date): Date {
  return new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) + daysLeft * DAY);
}

export function stateFromHelpCode(d: HelpCode, today: Date): PageState {
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
