/**
 * The overlay model a help code describes, built for the same <Panel> the content script renders —
 * one implementation, two callers. Read only: no guard, no copy button.
 */
import { agencyById } from '../../rules/agencies';
import type { AgencyProfile } from '../../rules/contacts';
import { stateFromHelpCode } from '../../rules/helpCode/reproduce';
import type { HelpCode } from '../../rules/helpCode/schema';
import type { EvaluatedFinding } from '../../rules/engine/evaluate';
import type { OverlayModel } from '../model';

/** `policyProfiles`: agency profiles from this computer's policy, for a code that names one. */
export function modelFromHelpCode(d: HelpCode, today: Date, policyProfiles: readonly AgencyProfile[] = []): OverlayModel {
  return {
    state: stateFromHelpCode(d, today),
    // The decoder knows each reason as one of its field's (rules/helpCode/decode.ts).
    findings: d.findings.map((f) => ({ ...f }) as EvaluatedFinding),
    guard: null,
    locale: d.locale,
    agency: policyProfiles.find((a) => a.id === d.agency) ?? agencyById(d.agency),
    settled: true,
    collapsed: false,
    canCopyCode: false,
    helpCode: null,
  };
}
