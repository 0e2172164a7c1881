import { render } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { mountHost } from '../mount';
import type { AgencyProfile } from '../../rules/contacts';
import type { HelpCode } from '../../rules/helpCode/schema';
import { AgencyOffer } from '../AgencyOffer';
import { Findings, findingsCss } from '../Findings';
import { GuardSection, guardSectionCss } from '../GuardSection';
import { Panel, panelCss, type PanelActions, type PanelParts } from '../Panel';
import { StatusCard, statusCardCss } from '../StatusCard';
import { overlayView, type ViewKit } from '../viewModel';
import { pageRules } from '../../rules/index';
import { explainStatusWithValidity, statusStep } from '../../rules/statuses';
import { modelFromHelpCode } from './overlayModel';
import { helpdeskMessages } from './messages';
import { replicaPath } from './replicaUrl';

/** Agency profiles from this computer's policy (a code from the same agency names its own). */
const NO_PROFILES: readonly AgencyProfile[] = [];
const noop: PanelActions = { onToggle() {}, onLocale() {}, onSubmitAnyway() {}, onDismissGuard() {} };
/** A help code may come from any portal host: every page, every part of the panel. */
const KIT: ViewKit = { pages: pageRules, status: { explain: explainStatusWithValidity, step: statusStep } };
const PARTS: PanelParts = { Findings, GuardSection, StatusCard, AgencyOffer };
const css = panelCss + findingsCss + guardSectionCss + statusCardCss;

/**
 * The user's screen, rebuilt: the replica page in a frame and, over it, the same <Panel> in the
 * same <pemandu-tte> host the content script uses, in the state the help code describes.
 */
export function Reproduction({ helpCode, policyProfiles = NO_PROFILES }: { helpCode: HelpCode; policyProfiles?: readonly AgencyProfile[] }) {
  const stage = useRef<HTMLDivElement>(null);
  // One "today" for the overlay and the replica page, so their validity dates agree.
  const today = useMemo(() => new Date(), [helpCode]);
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const { host, container } = mountHost(document, css, 'reproduction', true);
    el.append(host);
    host.setAttribute('data-reproduced', '');
    const model = modelFromHelpCode(helpCode, today, policyProfiles);
    host.setAttribute('data-page', helpCode.page ?? '');
    for (const [name, value] of [
      ['data-step', helpCode.step],
      ['data-status', helpCode.status],
    ] as const) {
      if (value) host.setAttribute(name, value);
    }
    render(<Panel view={overlayView(model, KIT)} parts={PARTS} actions={noop} announcement="" />, container);
    return () => {
      render(null, container);
      host.remove();
    };
  }, [helpCode, today, policyProfiles]);
  const src = replicaPath(helpCode, today);
  return (
    <div class="hd-stage" ref={stage} data-testid="reproduction">
      {src && <iframe class="hd-frame" src={src} title={helpdeskMessages[helpCode.locale].replicaFrame} data-testid="replica-frame" />}
    </div>
  );
}
