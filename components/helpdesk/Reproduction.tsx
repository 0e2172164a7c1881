import { render } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { mountHost } from '../../entrypoints/content/mount';
import type { Diagnostic } from '../../rules/engine/diagnostic';
import css from '../panel.css?inline';
import { Panel, type PanelActions } from '../Panel';
import { modelFromDiagnostic } from '../reproduce';
import { replicaPath } from './replicaUrl';

const noop: PanelActions = { onToggle() {}, onLocale() {}, onSubmitAnyway() {}, onDismissGuard() {} };

/**
 * The user's screen, rebuilt: the replica page in a frame and, over it, the same <Panel> in the
 * same <pemandu-tte> host the content script uses, in the state the help code describes.
 */
export function Reproduction({ diagnostic }: { diagnostic: Diagnostic }) {
  const stage = useRef<HTMLDivElement>(null);
  // One "today" for the overlay and the replica page, so their validity dates agree.
  const today = useMemo(() => new Date(), [diagnostic]);
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const { host, container } = mountHost(document, css, 'reproduction');
    el.append(host);
    host.setAttribute('data-reproduced', '');
    const model = modelFromDiagnostic(diagnostic, today);
    host.setAttribute('data-page', diagnostic.page ?? '');
    for (const [name, value] of [
      ['data-step', diagnostic.step],
      ['data-status', diagnostic.status],
    ] as const) {
      if (value) host.setAttribute(name, value);
    }
    render(<Panel model={model} actions={noop} announcement="" />, container);
    return () => {
      render(null, container);
      host.remove();
    };
  }, [diagnostic, today]);
  const src = replicaPath(diagnostic, today);
  return (
    <div class="hd-stage" ref={stage} data-testid="reproduction">
      {src && <iframe class="hd-frame" src={src} title="Replika halaman portal" data-testid="replica-frame" />}
    </div>
  );
}
