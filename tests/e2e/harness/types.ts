/** One browser-neutral API, so every e2e test runs unchanged in Chromium and Firefox. */
export type BrowserName = 'chromium' | 'firefox';

export interface HostAttrs {
  page?: string | null;
  step?: string | null;
  status?: string | null;
}

export interface E2EPage {
  readonly browser: BrowserName;
  goto(url: string): Promise<void>;
  /** Waits until a <pemandu-tte> host carries these attributes (null = attribute absent). */
  waitForHost(attrs: HostAttrs, timeout?: number): Promise<void>;
  hostAttrs(): Promise<Record<string, string> | null>;
  countHosts(): Promise<number>;
  /** Runs in the page's main world (replica API, shadow-root reads). */
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** Text of the first element matching `selector` inside the overlay's shadow root, or null. */
  shadowText(selector: string): Promise<string | null>;
  shadowAttr(selector: string, name: string): Promise<string | null>;
  waitForShadow(selector: string, timeout?: number): Promise<void>;
  /** A real mouse click on an overlay element. */
  shadowClick(selector: string): Promise<void>;
  /** Real key presses into a page field (cleared first). */
  fill(selector: string, text: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Sets a page field's value at once (for long pasted text such as a help code). */
  paste(selector: string, text: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Console errors and uncaught page errors seen so far. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly name: BrowserName;
  newPage(viewport?: { width: number; height: number }): Promise<E2EPage>;
  /** Opens one of the extension's own pages (e.g. '/helpdesk.html?code=…') and waits for `ready`. */
  extensionPage(path: string, ready: string): Promise<E2EPage>;
  /** Every request URL the browser tried that no replica serves (should stay empty). */
  readonly strayRequests: string[];
  close(): Promise<void>;
}
