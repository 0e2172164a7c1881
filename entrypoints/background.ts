/**
 * Answers the content script's two questions. `pemandu:agency`: which agency profile is in force?
 * The agency's policy is read and checked with zod here, not in the content script, so zod stays
 * out of every portal page. `pemandu:help-code`: the help code for what the overlay shows
 * ("Salin kode bantuan"); the encoder and its tables stay out of the portal pages too (issue 11).
 * Reads only; stores and sends nothing.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AGENCY_MESSAGE, loadAgency } from '../platform/agencyInForce';
import { answerHelpCode } from '../platform/helpCodeAnswer';
import { isHelpCodeRequest } from '../platform/helpCodeMessage';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if ((msg as { type?: string } | null)?.type === AGENCY_MESSAGE) return loadAgency();
    if (isHelpCodeRequest(msg)) return Promise.resolve(answerHelpCode(msg, browser.runtime.getManifest().version, navigator.userAgent));
    return undefined;
  });
});
