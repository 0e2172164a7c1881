/**
 * When the page is read again: the one policy, fed by the one observer (watch.ts).
 * - A navigation or a new URL: read soon (a quick debounce with a maximum wait), not settled.
 * - Changes on the same URL: read soon only when they may alter what the page says (the probe's
 *   hint over what changed, pure in rules/engine/changeHint.ts; a false yes costs one read). A page
 *   that settled and shows everything it expects is read calmly (a longer debounce and wait).
 * - Changes that cannot alter what it says: the page is busy, not quiet. Unless it still waits for
 *   something (a loading sign, a part missing), the observer stops watching content for PAUSE_MS
 *   (UNMATCHED_PAUSE_MS on a page no rule matched, which shows no help meanwhile),
 *   because delivering every batch into the extension's world costs by itself; at the end one read
 *   of the page's text (the probe's print, no layout) says whether anything it looks for moved.
 *   A page that never stops changing is read fully at least every FULL_READ_MS.
 * - Quiet for SETTLE_MS with no loading sign: settled ("looks different" may be said).
 * The costs of these numbers are measured by the bench (observation), not tuned here.
 */
import { hostMarkers, hostValues, hostWords, markerPrint, mayMatch, valuePrint } from '../../rules/engine/changeHint';
import type { PageRule } from '../../rules/schema';
import { changedTexts, readingHint } from './changedText';
import type { Timers } from './timers';

/** "Looks different" only once complete (loaded, no loading sign) and quiet this long: slow portals. */
export const SETTLE_MS = 4000;
/** While a page keeps changing in ways that cannot matter, its content is not watched for this long at a time. */
export const PAUSE_MS = 500;
/**
 * The same on a page no rule matched: nothing is shown there that could go stale, and only a page
 * marker appearing matters, which the print at the pause's end finds (a calm page is not paused:
 * its first change holding a marker is read at once).
 */
export const UNMATCHED_PAUSE_MS = 1000;
/** A page that never stops changing is read fully at least this often (each read of a 10,000-element page costs ≈ 26 ms). */
export const FULL_READ_MS = 10_000;
const QUICK_MS = 16;
const QUICK_MAX_MS = 300;
const CALM_MS = 250;
const CALM_MAX_MS = 1500;

/** What the policy knows of the page as last read. */
export interface PageReading {
  /** A rule matched it. */
  known: boolean;
  /** It shows everything it expects (or no rule matched: nothing is expected). */
  complete: boolean;
  /** A loading sign, or the document not loaded yet. */
  loading: boolean;
}

export interface ReadHooks {
  read(): void;
  /** The page became settled by the quiet timer. */
  settled(): void;
  /** Stop or start watching the page's content (childList, characterData); attributes stay watched. */
  watchContent(on: boolean): void;
  /** Our own host: changes inside it are not the page's. */
  own(): Node | undefined;
  page(): PageReading;
}

/** What a batch of changes may alter, and a comparable print of what the reading depends on. */
export interface Probe {
  may(known: boolean, records: readonly MutationRecord[], own: Node | undefined): boolean;
  print(known: boolean): string;
}

const CONTROLS = 'input, select, textarea, button, [role="button"], [contenteditable="true"]';

/**
 * The probe of a host's pages (`values`: what its readers take from text besides words, as pattern
 * sources). A page no rule matched can only come to match by a page marker appearing or a veto
 * going; a known page by its words, values and form controls. Worked out when first asked, not
 * while the page waits for its first help.
 */
export function pageProbe(doc: Document, pages: readonly PageRule[], values: readonly string[]): Probe {
  // Two parts, each worked out when first asked: a page no rule matched needs only the page markers.
  let markers: string[] | undefined;
  let reading: { words: string[]; values: RegExp; may: ReturnType<typeof readingHint> } | undefined;
  const pageMarkers = () => (markers ??= hostMarkers(pages, doc.location.hostname));
  const known = () => {
    if (reading) return reading;
    const words = hostWords(pages, doc.location.hostname);
    const pattern = hostValues(values);
    return (reading = { words, values: pattern, may: readingHint(words, pattern) });
  };
  return {
    may: (isKnown, records, own) => (isKnown ? known().may(records, own) : mayMatch(changedTexts(records, own), pageMarkers())),
    print: (isKnown) => {
      const text = (doc.body ?? doc.documentElement).textContent ?? '';
      const href = doc.location.href;
      if (!isKnown) return `${href}|${markerPrint(text, pageMarkers())}`;
      const r = known();
      return `${href}|${markerPrint(text, r.words)}|${valuePrint(text, r.values)}|${doc.querySelectorAll(CONTROLS).length}`;
    },
  };
}

export class ReadPolicy {
  /** Quiet for SETTLE_MS with the page loaded, or everything expected found. */
  settled = false;
  private url = '';
  private readTimer: number | undefined;
  private settleTimer: number | undefined;
  private pauseTimer: number | undefined;
  private lastChange = 0;
  private firstPending = 0;
  /** The print the end of the next pause compares with. */
  private print: string | null = null;
  /** Since when the page has changed without being read (its first busy batch since a read). */
  private busySince: number | null = null;

  constructor(
    private readonly timers: Timers,
    private readonly doc: Document,
    private readonly probe: Probe,
    private readonly hooks: ReadHooks,
    private readonly now: () => number = Date.now,
  ) {}

  /** The first read; a known page's quiet period starts with it (a static page changes no more). */
  start(): void {
    this.read();
    if (this.hooks.page().known) this.activity();
  }

  /** Reads the page now (at start, and whenever a read is due). */
  read(): void {
    this.url = this.doc.location.href;
    this.busySince = null;
    this.hooks.read();
  }

  /** History, hash or the Navigation API moved to another entry: a pending calm read does not hold it up. */
  navigated(): void {
    this.change(true);
  }

  /** The DOM changed (`records`), or the document loaded (none). */
  mutated(records?: readonly MutationRecord[]): void {
    if (!records || this.doc.location.href !== this.url) return this.change(false);
    const page = this.hooks.page();
    if (this.probe.may(page.known, records, this.hooks.own())) return this.change(false);
    // A known page that keeps changing is not quiet; a page no rule matched has nothing to settle.
    if (page.known) this.activity();
    this.busySince ??= this.now();
    if (this.pauseTimer !== undefined) return;
    // A known page still waiting for something sees it come at once: it is never paused.
    if (page.known && (!page.complete || page.loading)) {
      if (this.owed()) this.change(false);
      return;
    }
    this.hooks.watchContent(false);
    this.print ??= this.probe.print(page.known);
    this.pauseTimer = this.timers.later(() => this.pauseEnds(page.known), page.known ? PAUSE_MS : UNMATCHED_PAUSE_MS);
  }

  private pauseEnds(known: boolean): void {
    this.pauseTimer = undefined;
    this.hooks.watchContent(true);
    const print = this.probe.print(known);
    const moved = print !== this.print;
    // The next pause compares with this print: what changes from here on arrives as records first.
    this.print = print;
    if (moved || this.owed()) this.change(false);
  }

  private owed(): boolean {
    return this.now() - (this.busySince ?? this.now()) >= FULL_READ_MS;
  }

  /** Something may have changed what the page says: a read is due (one timer per burst). */
  private change(navigation: boolean): void {
    if (navigation || this.doc.location.href !== this.url) this.settled = false;
    this.unpause();
    this.activity();
    if (this.readTimer !== undefined) {
      if (!navigation) return;
      this.timers.clear(this.readTimer);
    }
    this.firstPending = this.lastChange;
    this.armRead(this.calm() ? CALM_MS : QUICK_MS);
  }

  /** Settled and complete: a busy page is read calmly. */
  private calm(): boolean {
    return this.settled && this.hooks.page().complete;
  }

  private armRead(ms: number): void {
    this.readTimer = this.timers.later(() => {
      const now = this.now();
      const calm = this.calm();
      const quietFor = now - this.lastChange;
      const debounce = calm ? CALM_MS : QUICK_MS;
      const deadline = this.firstPending + (calm ? CALM_MAX_MS : QUICK_MAX_MS);
      if (quietFor < debounce && now < deadline) return this.armRead(Math.min(debounce - quietFor, deadline - now));
      this.readTimer = undefined;
      this.read();
    }, ms);
  }

  /** The page is not quiet: the settle period starts again from now (one timer per quiet period). */
  private activity(): void {
    this.lastChange = this.now();
    if (this.settleTimer !== undefined) return;
    const wait = (ms: number) => {
      this.settleTimer = this.timers.later(() => {
        const quietFor = this.now() - this.lastChange;
        if (quietFor < SETTLE_MS) return wait(SETTLE_MS - quietFor);
        this.settleTimer = undefined;
        this.read();
        // A loading page is not a changed page: the mutation or load that ends it starts a new wait.
        if (this.hooks.page().loading) return;
        this.settled = true;
        this.hooks.settled();
      }, ms);
    };
    wait(SETTLE_MS);
  }

  /** Content is watched again and the pause's print forgotten: a read is coming. */
  private unpause(): void {
    this.print = null;
    if (this.pauseTimer === undefined) return;
    this.timers.clear(this.pauseTimer);
    this.pauseTimer = undefined;
    this.hooks.watchContent(true);
  }

  stop(): void {
    this.unpause();
    this.timers.clear(this.readTimer);
    this.timers.clear(this.settleTimer);
    this.readTimer = this.settleTimer = undefined;
  }
}
