/** Overlay models for the panel, view-model and focus tests (not a test file itself). */
import type { OverlayModel } from '../../../components/model';
import { magelang } from '../../../rules/agencies/magelang';
import { NO_PAGE, type PageState } from '../../../rules/engine/detect';

/** A detected page state: nothing detected but what is given, matched by URL and content. */
export const state = (s: Partial<PageState>): PageState => ({ ...NO_PAGE, match: 'url+content', ...s });

/** The certificate page, settled and open, with what is given on top. */
export const model = (m: Partial<OverlayModel> = {}): OverlayModel => ({
  state: state({ page: 'myasn-sertifikat' }),
  findings: [],
  guard: null,
  locale: 'id',
  agency: magelang,
  settled: true,
  collapsed: false,
  canCopyCode: true,
  helpCode: null,
  ...m,
});
