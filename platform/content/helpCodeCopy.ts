/**
 * "Salin kode bantuan": the code for what the panel shows, put on the clipboard. The portal pages'
 * script asks the background for it (the encoder is not in the content script); no answer, no change.
 */
import type { AgencyProfile } from '../../rules/contacts';
import type { PageState } from '../../rules/engine/detect';
import type { EvaluatedFinding } from '../../rules/engine/evaluate';
import type { Locale } from '../../rules/locales/overlay';
import type { ControllerOptions } from './options';

export interface ShownCode {
  code: string;
  /** On the clipboard; else the panel shows it to be copied by hand. */
  copied: boolean;
}

export function copyHelpCode(
  opts: Pick<ControllerOptions, 'helpCode' | 'copy'>,
  from: { state: PageState; findings: readonly EvaluatedFinding[]; agency: AgencyProfile; locale: Locale },
  done: (shown: ShownCode) => void,
): void {
  const { helpCode, copy } = opts;
  if (!helpCode || !copy) return;
  void Promise.resolve(helpCode(from.state, from.findings, from.agency, from.locale))
    .then(async (code) => done({ code, copied: await copy(code) }))
    .catch(() => undefined);
}
