/** One browser-neutral API, so every e2e test runs unchanged in Chromium and Firefox. */
export type BrowserName = 'chromium' | 'firefox';

export interface HostAttrs {
  page?: string | null;
  step?: string | null;
  status?: string | null;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface E2EPage {
  readonly browser: BrowserName;
  /** Opens a URL (replicas answer the portals' real https:// URLs) and waits for DOMContentLoaded. */
  goto(url: string): Promise<void>;
  /** Waits until a <pemandu-tte> host carries these attributes (null = attribute absent; page: null = no host). */
  waitForHost(attrs: HostAttrs, timeout?: number): Promise<void>;
  /** The first <pemandu-tte> host's attributes, or null when there is none. */
  hostAttrs(): Promise<Record<string, string> | null>;
  countHosts(): Promise<number>;
  /** Runs in the page's main world (window.replica.go(...), page DOM reads). */
  evaluate<A, R>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>>;
  /** Text of the first element matching `selector` inside the overlay's shadow root, or null. */
  shadowText(selector: string): Promise<string | null>;
  shadowAttr(selector: string, name: string): Promise<string | null>;
  shadowExists(selector: string): Promise<boolean>;
  /** Viewport-relative box of the first match inside the overlay's shadow root, or null. */
  shadowRect(selector: string): Promise<Rect | null>;
  waitForShadow(selector: string, timeout?: number): Promise<void>;
  /** A real mouse click on an overlay element. */
  shadowClick(selector: string): Promise<void>;
  /** Real key presses into a page field, after what it already holds. */
  type(selector: string, text: string): Promise<void>;
  /** Real key presses into a page field, cleared first. */
  fill(selector: string, text: string): Promise<void>;
  /** A real mouse click on a page element (waits for it to be visible). */
  click(selector: string): Promise<void>;
  /** Sets a page field's value at once (for long pasted text such as a help code). */
  paste(selector: string, text: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** A real key press on the keyboard ('Tab', 'Enter', 'Escape', ' '), with Shift held when asked. */
  press(key: string, opts?: { shift?: boolean }): Promise<void>;
  /**
   * Runs axe-core (every rule) on the document, open shadow roots included; `include` narrows it
   * (axe's context, e.g. [['pemandu-tte']] for our overlay only). Resolves to the violations.
   */
  axe(include?: string[][]): Promise<AxeViolation[]>;
  /** PNG of the viewport; the folder is created when missing. */
  screenshot(path: string): Promise<void>;
  /** Console errors and uncaught page errors seen so far, less the replica pages' own noise. */
  readonly errors: string[];
  /** What was left out of `errors` as the replica pages' own noise (CSP reports, blocked loads). */
  readonly noise: string[];
  close(): Promise<void>;
}

/** One axe-core rule that failed, with the nodes it failed on. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string; summary: string }[];
}

/** One network request the browser made (or tried to) while the harness was watching. */
export interface SeenRequest {
  url: string;
  /** replica: answered with a replica file; blocked: nothing serves it, so it was refused. */
  outcome: 'replica' | 'blocked';
  /**
   * true when the browser says the extension made it (its background or a content script), false
   * when it says the page did, undefined when it doesn't say (Firefox).
   */
  fromExtension?: boolean;
  /** The script or worker the browser names as the request's origin, when it names one. */
  initiator?: string;
}

export interface LaunchOptions {
  /** Built extension folder; default .output/chrome-mv3 (Chromium) or .output/firefox-mv2 (Firefox). */
  extensionDir?: string;
  /** Default true. false opens visible windows (needs a display). */
  headless?: boolean;
  /** Default page size for newPage() (default 1366×768); null = the window's own size. */
  viewport?: { width: number; height: number } | null;
  /**
   * Enterprise policies, as the content of a Firefox policies.json, e.g. managed storage:
   * `{ policies: { '3rdparty': { Extensions: { '<gecko id>': { agencyId: 'umum' } } } } }`.
   * Firefox only: written to a temporary file named by the pref `browser.policies.alternatePath`
   * (as Mozilla's own tests do), which Firefox honours only in automation mode, so that is switched
   * on with it. Chromium reads policies only from a machine-wide folder
   * (/etc/chromium/policies/managed) that tests must not write: it ignores this option.
   */
  policies?: object;
  /**
   * Browser zoom, e.g. 2 for 200 %: each page sees its viewport divided by `zoom` in CSS pixels at
   * `zoom` device pixels per CSS pixel, which is what Ctrl + does to a page's layout (innerWidth,
   * media queries, devicePixelRatio). Chromium: the context's deviceScaleFactor; Firefox: the
   * viewport's devicePixelRatio (WebDriver BiDi setViewport).
   */
  zoom?: number;
  /** Windows high contrast: `forced-colors: active` (Chromium: emulated; Firefox: browser.display.document_color_use = 2). */
  forcedColors?: boolean;
  /** `prefers-reduced-motion: reduce` (Chromium: emulated; Firefox: ui.prefersReducedMotion = 1). */
  reducedMotion?: boolean;
}

export interface E2EBrowser {
  readonly name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid>, with no trailing slash. */
  readonly extensionOrigin: string;
  newPage(viewport?: { width: number; height: number }): Promise<E2EPage>;
  /** Opens one of the extension's own pages (e.g. '/helpdesk.html?code=…') and waits for `ready`. */
  extensionPage(path: string, ready: string): Promise<E2EPage>;
  /**
   * Reloads the extension as an update would (Chromium: chrome.runtime.reload() from an extension
   * page; Firefox: the temporary add-on reinstalled over BiDi). Content scripts already in open
   * pages are orphaned; resolves once the new instance is running.
   */
  reloadExtension(): Promise<void>;
  /** Every request seen, in order. */
  readonly requests: SeenRequest[];
  /** URLs of the requests no replica serves (should stay empty: neither pages nor extension reach out). */
  readonly strayRequests: string[];
  /** Settles when the browser is gone (closed by close() or by the user closing its window). */
  readonly closed: Promise<void>;
  /** Closes the browser, then throws if any request was stray or made by the extension (see strayRequests). */
  close(): Promise<void>;
}
