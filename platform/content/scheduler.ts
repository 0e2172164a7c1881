/**
 * When to re-read the page, given what to do: a trailing debounce with a maximum wait for bursts
 * of DOM changes, and a settle timer that says "quiet long enough" only once the page also shows
 * no loading sign. Knows nothing about portal pages: the controller answers its questions.
 */

// "Looks different" only once complete (loaded, no loading sign) and quiet this long: slow portals.
export const SETTLE_MS = 4000;
// Once a page is known and quiet, a busy page is re-read at most every MAX_WAIT_SETTLED_MS.
const BUSY_DEBOUNCE_MS = 250;
const QUICK_DEBOUNCE_MS = 16;
const MAX_WAIT_MS = 300;
const MAX_WAIT_SETTLED_MS = 1500;

export interface SchedulerHooks {
  /** Re-read the page now. */
  scan(): void;
  /** The last read found everything it expected (or no guide page at all): busy pages are re-read calmly. */
  complete(): boolean;
  /** After a quiet period: whether the page is still loading (a loading sign, document not complete). */
  loading(): boolean;
  /** The page became settled through the quiet timer. */
  settledNow(): void;
}

/**
 * Plain timers, cleared in stop(): WXT's ctx.setTimeout adds an abort listener per call that is
 * never removed, which grows for as long as a busy tab stays open. `alive` is asked before each
 * callback; that is how an orphaned script (extension reloaded or updated) notices and stops.
 */
export class Timers {
  private readonly ids = new Set<number>();

  constructor(
    private readonly win: Window,
    private readonly alive: () => boolean,
  ) {}

  later(fn: () => void, ms: number): number {
    const id = this.win.setTimeout(() => {
      this.ids.delete(id);
      if (this.alive()) fn();
    }, ms);
    this.ids.add(id);
    return id;
  }

  clear(id: number | undefined): void {
    if (id === undefined) return;
    this.win.clearTimeout(id);
    this.ids.delete(id);
  }

  stopAll(): void {
    for (const id of this.ids) this.win.clearTimeout(id);
    this.ids.clear();
  }
}

export class Scheduler {
  /** Quiet for SETTLE_MS with the page loaded, or everything expected found: "looks different" may be said. */
  settled = false;
  private scanTimer: number | undefined;
  private settleTimer: number | undefined;
  private lastChangeAt = 0;
  private firstPending = 0;

  constructor(
    private readonly timers: Timers,
    private readonly hooks: SchedulerHooks,
    private readonly now: () => number = Date.now,
  ) {}

  /** Settled and the page complete: a busy page is then re-read calmly, so unmatched portal pages cost little. */
  private calm(): boolean {
    return this.settled && this.hooks.complete();
  }

  /**
   * A change on the page. `navigation` (history, hash, Navigation API): a pending calm re-read is
   * cut short, a navigation must not wait behind it. `newPage` (a navigation or a new URL): not
   * settled any more. One timer per burst: a busy page only moves a timestamp, it does not churn timers.
   */
  change(navigation = false, newPage = navigation): void {
    if (newPage) this.settled = false;
    this.activity();
    if (this.scanTimer !== undefined) {
      if (!navigation) return;
      this.timers.clear(this.scanTimer);
    }
    this.firstPending = this.lastChangeAt;
    this.armScan(this.calm() ? BUSY_DEBOUNCE_MS : QUICK_DEBOUNCE_MS);
  }

  /**
   * The page changed in a way that cannot alter what it says (idle.ts): it is not quiet (it does not
   * settle), and there is nothing to read now.
   */
  activity(): void {
    this.lastChangeAt = this.now();
    this.armSettle();
  }

  /**
   * The same, for a known page (idle.ts), which answers whether it waits for nothing (complete, no
   * loading sign): only such a page stops watching its content for a while, so content a loading or
   * incomplete page waits for is seen at once. (Not `calm()`: a busy page never settles.)
   */
  busy(): boolean {
    this.activity();
    return this.hooks.complete() && !this.hooks.loading();
  }

  private armScan(ms: number): void {
    this.scanTimer = this.timers.later(() => {
      const now = this.now();
      const calm = this.calm();
      const quietFor = now - this.lastChangeAt;
      const debounce = calm ? BUSY_DEBOUNCE_MS : QUICK_DEBOUNCE_MS;
      const deadline = this.firstPending + (calm ? MAX_WAIT_SETTLED_MS : MAX_WAIT_MS);
      if (quietFor < debounce && now < deadline) return this.armScan(Math.min(debounce - quietFor, deadline - now));
      this.scanTimer = undefined;
      this.hooks.scan();
    }, ms);
  }

  /** One timer per quiet period (from lastChangeAt). */
  private armSettle(): void {
    if (this.settleTimer !== undefined) return;
    const wait = (ms: number) => {
      this.settleTimer = this.timers.later(() => {
        const quietFor = this.now() - this.lastChangeAt;
        if (quietFor < SETTLE_MS) return wait(SETTLE_MS - quietFor);
        this.settleTimer = undefined;
        this.hooks.scan();
        // A loading page is not a changed page: the mutation or load that ends it starts a new wait.
        if (this.hooks.loading()) return;
        this.settled = true;
        this.hooks.settledNow();
      }, ms);
    };
    wait(SETTLE_MS);
  }

  stop(): void {
    this.timers.clear(this.scanTimer);
    this.timers.clear(this.settleTimer);
    this.scanTimer = this.settleTimer = undefined;
  }
}
