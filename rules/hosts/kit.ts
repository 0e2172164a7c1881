/**
 * What one portal host's content script is handed: its kit (rules/hosts/<name>.ts, written by
 * scripts/registry.mjs from the page rules), plain data imported by its entrypoint.
 */
import type { FieldDef } from '../fields/define';
import type { FieldId } from '../ids';
import type { OverlayWords } from '../locales/types';
import type { PageRule } from '../schema';
import type { PortalName } from './portals';

export interface HostKit {
  name: PortalName;
  /** Its page rules, in the guide's order. */
  pages: readonly PageRule[];
  /** The field checks its pages' screens name. */
  fields: { readonly [F in FieldId]?: FieldDef };
  /** Whether one of its pages reads a certificate status (`status` in the page rule). */
  statusPage: boolean;
  /** The default language's words for its pages, fields and guide steps. */
  words: OverlayWords;
}
