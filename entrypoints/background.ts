/**
 * Answers the content script's questions. `pemandu:agency`: which agency profile is in force?
 * `pemandu:profiles`: the built-in agency profiles, which the portal pages do not carry.
 * The agency's policy is read and checked with zod here, not in the content script, so zod stays
 * out of every portal page. `pemandu:help-code`: the help code for what the overlay shows
 * ("Salin kode bantuan"); the encoder and its tables stay out of the portal pages too.
 * `pemandu:words`: another language's overlay words, which the portal pages do not carry.
 * Only the extension's own scripts can send these (no externally_connectable). Reads only; stores
 * and sends nothing.
 */
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { AGENCY_MESSAGE, loadAgency } from '../platform/agencyInForce';
import { PROFILES_MESSAGE } from '../platform/settings';
import { agencies } from '../rules/agencies';
import { answerHelpCode } from '../platform/helpCodeAnswer';
import { isHelpCodeRequest } from '../platform/helpCodeMessage';
import { answerWords, isWordsRequest } from '../platform/wordsMessage';
import { copy, LOCALES } from '../rules/locales';
import type { OverlayCopy } from '../rules/locales/overlay';
import { overlay } from '../rules/locales/id/overlay';

/** Each language's overlay words: the parts of its copy the overlay reads (those of rules/locales/id/overlay.ts). */
const overlayWords = Object.fromEntries(
  LOCALES.map((l) => [l, Object.fromEntries(Object.keys(overlay).map((part) => [part, copy[l][part as keyof typeof overlay]])) as OverlayCopy]),
);

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown) => {
    const type = (msg as { type?: unknown } | null)?.type;
    if (type === AGENCY_MESSAGE) return loadAgency();
    if (type === PROFILES_MESSAGE) return Promise.resolve(agencies);
    if (isHelpCodeRequest(msg)) return Promise.resolve(answerHelpCode(msg, browser.runtime.getManifest().version, navigator.userAgent));
    if (isWordsRequest(msg)) return Promise.resolve(answerWords(msg, overlayWords));
    return undefined;
  });
});
