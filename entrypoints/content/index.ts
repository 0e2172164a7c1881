/**
 * Thin entrypoint: reads the user's preferences, then hands the page to the Controller.
 * Matches only the portal hosts, so nothing runs on any other site.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import css from '../../components/panel.css?inline';
import type { AgencyInForce } from '../../platform/agencyInForce';
import { AGENCY_MESSAGE, agencyItem, collapsedItem, localeItem, resolveAgencyId } from '../../platform/settings';
import { detectBrowser, encodeHelpCode } from '../../rules/helpCode/encode';
import { PORTAL_MATCHES } from '../../rules/hosts';
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
 * A language other than Indonesian: its words from the extension's own file (web-accessible to the
 * portal hosts only; never a network request), once. False if it cannot be read: Indonesian stays.
 */
async function loadLocale(locale: Locale): Promise<boolean> {
  if (hasLanguage(locale)) return true;
  try {
    const res = await fetch(browser.runtime.getURL(`/${languageFile(locale)}` as '/'));
    addLanguage(locale, (await res.json()) as OverlayCopy);
    return true;
  } catch {
    return false;
  }
}

export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  // WXT's 'content script started' window.postMessage (kept by WXT only for scripts built by older
  // WXT versions; the document event it also sends is what stops an older instance) makes Chromium
  // capture a stack trace of this 141 kB script: ≈ 6-12 ms before first help (issue 11, measured).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The settings are read while the page is (issue 11: first help is not held behind storage); the
    // first render waits for them, so the panel opens in the user's language and size at once.
    const settings = Promise.all([localeItem.getValue(), collapsedItem.getValue(), agencyItem.getValue()]);
    const controller = new Controller(ctx, document, {
      css,
      settings: null,
      saveCollapsed: (v) => void collapsedItem.setValue(v),
      saveLocale: (v) => void localeItem.setValue(v),
      loadLocale,
      helpCode: (state, findings, agency, loc) =>
        encodeHelpCode({
          extVersion: browser.runtime.getManifest().version,
          browser: detectBrowser(navigator.userAgent),
          page: state.page,
          step: state.step,
          status: state.status,
          findings: findings.map(({ field, verdict, reason, params }) => ({ field, verdict, reason, params })),
          missing: state.missing,
          agency: agency.id,
          locale: loc,
          validity: state.validity ? { state: state.validity.state, source: state.validity.source, daysLeft: state.validity.daysLeft } : null,
        }, agency),
      copy: copyText,
    });
    controller.start();
    // The first managed-storage read can take seconds in a fresh browser: start with the user's own
    // choice and switch if the agency's IT set a profile by policy.
    const [locale, collapsed, localAgency] = await settings;
    const words = (await loadLocale(locale)) ? locale : LOCALES[0];
    controller.applySettings({ locale: words, collapsed, agencyId: resolveAgencyId(undefined, localAgency).id });
    // The background checks the policy (zod stays out of the portal pages); no answer: keep the local choice.
    void browser.runtime
      .sendMessage({ type: AGENCY_MESSAGE })
      .then((r) => {
        const chosen = r as AgencyInForce | undefined;
        if (chosen?.source === 'managed') controller.setAgency(chosen.agency);
      })
      .catch(() => undefined);
    // The popup asks the active tab where the user is.
    const onMessage = (msg: unknown) => ((msg as { type?: string } | null)?.type === 'pemandu:summary' ? Promise.resolve(controller.summary()) : undefined);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
