/**
 * Answers the content script's question "which agency profile is in force?" (message
 * `pemandu:agency`). The agency's policy is read and checked with zod here, not in the content
 * script, so zod stays out of every portal page. Reads only; stores and sends nothing.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AGENCY_MESSAGE, loadAgency } from '../platform/agencyInForce';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown) => ((msg as { type?: string } | null)?.type === AGENCY_MESSAGE ? loadAgency() : undefined));
});
