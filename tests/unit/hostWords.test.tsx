// @vitest-environment happy-dom
/**
 * A portal host's script carries the UI words its pages can show and no others (rules/hosts/): every
 * panel's, the checks' where a page checks a field, the certificate's where one reads a status. With
 * only its own words in force, everything its panel can show on its pages (findings with the
 * passphrase checklist, a held and a passed click, a status with its validity, the agency offer, the
 * folded button with an error count) asks for no word the host does not carry.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { OverlayModel } from '../../components/model';
import { Panel, type PanelActions } from '../../components/Panel';
import { overlayView } from '../../components/viewModel';
import { fieldPart } from '../../platform/content/fieldPart';
import { statusPart } from '../../platform/content/statusPart';
import { magelang } from '../../rules/agencies/magelang';
import { umum } from '../../rules/agencies/umum';
import type { EvaluatedFinding } from '../../rules/engine/evaluate';
import type { FieldId } from '../../rules/ids';
import { asndigital } from '../../rules/hosts/asndigital';
import { bsre } from '../../rules/hosts/bsre';
import type { HostKit } from '../../rules/hosts/kit';
import { myasn } from '../../rules/hosts/myasn';
import { sso } from '../../rules/hosts/sso';
import { uiCertificate, uiChecks, uiCore } from '../../rules/locales/id/ui';
import { overlayCopy } from '../../rules/locales/overlay';
import { state } from './overlay/overlayModel';

const KITS: HostKit[] = [myasn, bsre, sso, asndigital];
const indonesian = overlayCopy.id;
afterEach(() => {
  cleanup();
  overlayCopy.id = indonesian;
});

const actions: PanelActions = { onToggle() {}, onLocale() {}, onSubmitAnyway() {}, onDismissGuard() {}, onCopyCode() {}, onAgencyOffer() {}, isPerson: () => true };

/** The host's words in force for Indonesian; returns the UI keys asked for that it lacks. */
function onlyItsWords(kit: HostKit): Set<string> {
  const missing = new Set<string>();
  const ui = new Proxy(kit.words.ui, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target)) missing.add(key);
      return Reflect.get(target, key);
    },
  });
  overlayCopy.id = { ...kit.words, ui };
  return missing;
}

/** Every model the host's panel can show: per page, findings and the guard where it checks a field, a status where it reads one. */
function models(kit: HostKit): OverlayModel[] {
  const base = { findings: [], guard: null, locale: 'id' as const, agency: umum, settled: true, collapsed: false, canCopyCode: true, helpCode: { code: 'TTE2-X', copied: false } };
  const out: OverlayModel[] = [];
  for (const rule of kit.pages) {
    const page = state({ page: rule.id, step: rule.steps?.[0]?.id ?? null });
    out.push({ ...base, state: page }, { ...base, state: page, collapsed: true });
    const field = Object.keys(kit.fields)[0] as FieldId | undefined;
    if (field) {
      // A finding on the host's first field, with a checklist (its reason's own words do not matter here).
      const findings = [{ field, verdict: 'error', reason: 'length', rules: [{ rule: 'minLength', met: false }, { rule: 'symbol', met: true }] }] as unknown as EvaluatedFinding[];
      for (const mode of ['held', 'passed', 'again'] as const) out.push({ ...base, state: page, findings, guard: { button: 'Kirim', problems: findings, mode } });
      out.push({ ...base, state: page, findings, collapsed: true });
    }
    if (rule.status) {
      const validity = { end: new Date('2027-01-01T00:00:00Z'), state: 'expiring' as const, source: 'shown' as const, daysLeft: 20 };
      out.push({ ...base, state: { ...page, status: 'ACTIVE', validity, emailBsre: 'filled' }, agencyOffer: magelang });
      out.push({ ...base, state: { ...page, status: 'ACTIVE', validity: null } }, { ...base, state: page });
    }
  }
  return out;
}

describe.each(KITS.map((k) => [k.name, k] as const))('%s: the UI words it carries', (_name, kit) => {
  it('are the parts its pages need, the same objects as the whole copy', () => {
    const parts = [uiCore, ...(Object.keys(kit.fields).length ? [uiChecks] : []), ...(kit.statusPage ? [uiCertificate] : [])];
    expect(kit.words.ui).toEqual(Object.assign({}, ...parts));
  });

  it('cover everything its panel can show', () => {
    const missing = onlyItsWords(kit);
    const viewKit = { pages: kit.pages, status: kit.statusPage ? statusPart : undefined };
    const parts = {
      ...(Object.keys(kit.fields).length ? { Findings: fieldPart.Findings, GuardSection: fieldPart.GuardSection } : {}),
      ...(kit.statusPage ? { StatusCard: statusPart.StatusCard, AgencyOffer: statusPart.AgencyOffer } : {}),
    };
    for (const model of models(kit)) {
      const view = overlayView(model, viewKit);
      if (view) render(<Panel view={view} parts={parts} actions={actions} announcement="" />);
      cleanup();
    }
    expect([...missing]).toEqual([]);
  });
});
