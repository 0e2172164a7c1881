/**
 * What every portal host's content script does (entrypoints/<name>.content.ts, one per host, each
 * matching its host only: rules/hosts/portals.ts): reads the user's preferences, then hands the page to the
 * Controller. Nothing runs on any other site.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { AgencyInForce } from '../agencyInForce';
import { helpCodeRequest } from '../helpCodeMessage';
import { AGENCY_MESSAGE, agencyItem, collapsedItem, localeItem, PROFILES_MESSAGE, readValues } from '../settings';
import { umum } from '../../rules/agencies/umum';
import type { AgencyProfile } from '../../rules/contacts';
import type { HostKit } from '../../rules/hosts/kit';
import { matchesOf } from '../../rules/hosts/portals';
import { wordsRequest } from '../wordsMessage';
import { addLanguage, hasLanguage, LOCALES, type Locale, type OverlayWords } from '../../rules/locales/overlay';
import { Controller } from './controller';
import type { Parts, PartsFor } from './parts';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A language other than Indonesian: its words from the background (platform/wordsMessage.ts; never
 * a network request, nothing web-accessible), once. False if none came: Indonesian stays.
 */
async function loadLocale(locale: Locale): Promise<boolean> {
  if (hasLanguage(locale)) return true;
  try {
    const words: unknown = await browser.runtime.sendMessage(wordsRequest(locale));
    if (!words || typeof words !== 'object') return false;
    addLanguage(locale, words as OverlayWords);
    return true;
  } catch {
    return false;
  }
}

/** The built-in agency profiles, from the background (the portal pages carry only the generic one); none if it cannot answer. */
async function builtInAgencies(): Promise<readonly AgencyProfile[]> {
  try {
    const list: unknown = await browser.runtime.sendMessage({ type: PROFILES_MESSAGE });
    return Array.isArray(list) ? (list as AgencyProfile[]) : [];
  } catch {
    return [];
  }
}

/** This instance's extension is still there: not orphaned by a reload or an update. */
function alive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    // Firefox: the runtime of an unloaded add-on throws ("dead object").
    return false;
  }
}

/**
 * WXT ends a context when another instance of the same content script announces itself with an
 * event on the document, whose name (extension id and script name) is public: a page could send it
 * and switch Pemandu TTE off. A genuine newer instance only ever comes once this one is orphaned
 * (the extension reloaded or updated, its runtime gone), so while this one is alive the
 * announcement is stopped before WXT's listener on the document hears it (capture on window).
 */
function ignoreForgedTakeovers(ctx: ContentScriptContext): void {
  // WXT's own name for the event: a static of the context's class (private in its types, public at run time).
  const type = (ctx.constructor as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (!type) return;
  const stop = (e: Event) => {
    if (alive()) e.stopImmediatePropagation();
  };
  window.addEventListener(type, stop, { capture: true });
  ctx.onInvalidated(() => window.removeEventListener(type, stop, { capture: true }));
}

/**
 * The content script of one portal host: its kit (pages, field checks, words) and the parts its
 * pages need, as its entrypoint imports them; nothing else is in its script.
 */
export const portalContentScript = <K extends HostKit>(kit: K, parts: PartsFor<K>) =>
  defineContentScript({
    matches: matchesOf(kit.name),
    runAt: 'document_idle',
    // WXT's 'content script started' window.postMessage (kept by WXT only for scripts built by older
    // WXT versions; the document event it also sends is what stops an older instance) makes Chromium
    // capture a stack trace of the whole script: ≈ 6-12 ms before first help (measured).
    noScriptStartedPostMessage: true,
    async main(ctx) {
      ignoreForgedTakeovers(ctx);
      addLanguage(LOCALES[0], kit.words);
      // The settings are read while the page is (first help is not held behind storage); the
      // first render waits for them, so the panel opens in the user's language and size at once.
      const settings = readValues(localeItem, collapsedItem, agencyItem);
      let profiles: Promise<readonly AgencyProfile[]> | null = null;
      const knowProfiles = () => void (profiles ??= builtInAgencies()).then((list) => controller.knowAgencies(list));
      // No answer: the user's own choice stays.
      const askPolicy = () =>
        void browser.runtime
          .sendMessage({ type: AGENCY_MESSAGE })
          .then((r) => {
            const inForce = r as AgencyInForce | undefined;
            if (inForce?.source === 'managed') controller.setAgency(inForce.agency, 'managed');
          })
          .catch(() => undefined);
      const controller = new Controller(ctx, document, {
        kit,
        parts,
        settings: null,
        owner: browser.runtime.getURL('/'),
        saveCollapsed: (v) => void collapsedItem.setValue(v),
        saveLocale: (v) => void localeItem.setValue(v),
        saveAgency: (id) => void agencyItem.setValue(id),
        loadLocale: (l) => loadLocale(l),
        // Written by the background (platform/helpCodeMessage.ts): the encoder stays off the portal pages.
        helpCode: async (state, findings, agency, loc) => {
          const code: unknown = await browser.runtime.sendMessage(helpCodeRequest(state, findings, agency, loc));
          if (typeof code !== 'string') throw new Error('no help code');
          return code;
        },
        copy: copyText,
        // Once the first help is on screen: whether the agency's IT set a profile by policy (the
        // background checks it; zod stays out of the portal pages), and on the certificate page the
        // built-in profiles' names, which it may offer.
        shown: () => {
          askPolicy();
          if ((parts as Parts).status) knowProfiles();
        },
      });
      controller.start();
      // The first managed-storage read can take seconds in a fresh browser: start with the user's own
      // choice and switch if the agency's IT set a profile by policy.
      const [locale, collapsed, localAgency] = await settings;
      const words = (await loadLocale(locale)) ? locale : LOCALES[0];
      // A built-in profile the user chose comes from the background: the first render waits for it,
      // so the panel opens with the user's own desks. '' (never chosen) or an unknown id: the generic one.
      if (localAgency && localAgency !== umum.id) profiles ??= builtInAgencies();
      const chosen = localAgency === umum.id ? umum : localAgency ? (await profiles)?.find((p) => p.id === localAgency) : undefined;
      controller.applySettings({ locale: words, collapsed, agency: chosen ?? umum, agencySource: chosen ? 'local' : 'default' });
      // The popup asks the active tab where the user is. Answered through sendResponse, which Chrome
      // and Firefox both take (without webextension-polyfill, Chrome ignores a returned Promise).
      const onMessage = (msg: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
        if ((msg as { type?: string } | null)?.type === 'pemandu:summary') sendResponse(controller.summary());
      };
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    },
  });
