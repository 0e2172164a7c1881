/**
 * What every portal host's content script does (entrypoints/<name>.content.ts, one per host, each
 * matching its host only: rules/hosts.ts): reads the user's preferences, then hands the page to the
 * Controller. Nothing runs on any other site.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { overlayCss } from '../../components/Panel';
import type { AgencyInForce } from '../../platform/agencyInForce';
import { helpCodeRequest } from '../../platform/helpCodeMessage';
import { AGENCY_MESSAGE, agencyItem, collapsedItem, localeItem, resolveAgencyId } from '../../platform/settings';
import { matchesOf, type PortalName } from '../../rules/hosts';
import { addLanguage, hasLanguage, languageFile, LOCALES, type Locale, type OverlayCopy } from '../../rules/locales/overlay';
import { Controller } from './controller';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A language other than Indonesian: its words for this portal host from the extension's own file
 * (web-accessible to that host only; never a network request), once. False if it cannot be read: Indonesian stays.
 */
async function loadLocale(locale: Locale, portal: PortalName): Promise<boolean> {
  if (hasLanguage(locale)) return true;
  try {
    const res = await fetch(browser.runtime.getURL(`/${languageFile(locale, portal)}` as '/'));
    addLanguage(locale, (await res.json()) as OverlayCopy);
    return true;
  } catch {
    return false;
  }
}

/** The content script of one portal host; its build carries only that host's rules and words (wxt.config.ts). */
export const portalContentScript = (name: PortalName) =>
  defineContentScript({
    matches: matchesOf(name),
    runAt: 'document_idle',
    // WXT's 'content script started' window.postMessage (kept by WXT only for scripts built by older
    // WXT versions; the document event it also sends is what stops an older instance) makes Chromium
    // capture a stack trace of the whole script: ≈ 6-12 ms before first help (issue 11, measured).
    noScriptStartedPostMessage: true,
    async main(ctx) {
      // The settings are read while the page is (issue 11: first help is not held behind storage); the
      // first render waits for them, so the panel opens in the user's language and size at once.
      const settings = Promise.all([localeItem.getValue(), collapsedItem.getValue(), agencyItem.getValue()]);
      const controller = new Controller(ctx, document, {
        css: overlayCss,
        settings: null,
        saveCollapsed: (v) => void collapsedItem.setValue(v),
        saveLocale: (v) => void localeItem.setValue(v),
        saveAgency: (id) => void agencyItem.setValue(id),
        loadLocale: (l) => loadLocale(l, name),
        // Written by the background (platform/helpCodeMessage.ts): the encoder stays off the portal pages.
        helpCode: async (state, findings, agency, loc) => {
          const code: unknown = await browser.runtime.sendMessage(helpCodeRequest(state, findings, agency, loc));
          if (typeof code !== 'string') throw new Error('no help code');
          return code;
        },
        copy: copyText,
      });
      controller.start();
      // The first managed-storage read can take seconds in a fresh browser: start with the user's own
      // choice and switch if the agency's IT set a profile by policy.
      const [locale, collapsed, localAgency] = await settings;
      const words = (await loadLocale(locale, name)) ? locale : LOCALES[0];
      const agency = resolveAgencyId(undefined, localAgency);
      controller.applySettings({ locale: words, collapsed, agencyId: agency.id, agencySource: agency.source === 'local' ? 'local' : 'default' });
      // The background checks the policy (zod stays out of the portal pages); no answer: keep the local choice.
      void browser.runtime
        .sendMessage({ type: AGENCY_MESSAGE })
        .then((r) => {
          const chosen = r as AgencyInForce | undefined;
          if (chosen?.source === 'managed') controller.setAgency(chosen.agency, 'managed');
        })
        .catch(() => undefined);
      // The popup asks the active tab where the user is. Answered through sendResponse, which Chrome
      // and Firefox both take (without webextension-polyfill, Chrome ignores a returned Promise).
      const onMessage = (msg: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
        if ((msg as { type?: string } | null)?.type === 'pemandu:summary') sendResponse(controller.summary());
      };
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    },
  });
