/**
 * A portal page no rule matched costs next to nothing while it keeps changing (issue 11: ≤ 1.02×
 * on a busy page). Each batch of changes is checked at once with the hint (rules/engine/changeHint.ts);
 * after a batch the hint found nothing in, the observer stops watching content (it keeps watching
 * attributes: a part shown or hidden) for PAUSE_MS, because delivering every batch into the
 * extension's world costs by itself (measured on the 10,000-element page: half of the extension's
 * script time with an observer callback that does nothing). At the end of the pause one read of
 * the page's text says whether a marker appeared or went (markerPrint); every FULL_EVERY-th pause
 * of a page that never stops changing re-reads it fully, so nothing is missed for longer than that.
 */
import { hostMarkers, markerPrint, mayMatch } from '../../rules/engine/changeHint';
import { pageRules } from '../../rules/index';
import { changedTexts } from './changedText';
import type { Timers } from './scheduler';

/** A page found by its content alone while it keeps changing shows its panel at most this late. */
export const PAUSE_MS = 500;
const FULL_EVERY = 20;

export interface IdleHooks {
  /** Stop or start watching the page's content (childList, characterData). */
  watchContent(on: boolean): void;
  /** Our own host: changes inside it are not the page's. */
  own(): Node | undefined;
  /** Something may have changed the answer: re-read the page. */
  wake(): void;
}

export class IdleWatch {
  private timer: number | undefined;
  private print: string | null = null;
  private pauses = 0;
  /** This host's page markers: only changes showing one (or a veto going) can make a rule match. */
  private readonly markers: string[];

  constructor(
    private readonly timers: Timers,
    private readonly doc: Document,
    private readonly hooks: IdleHooks,
  ) {
    this.markers = hostMarkers(pageRules, doc.location.hostname);
  }

  /** Changes on a page no rule matched (same URL): re-read if a marker may have appeared, else pause. */
  changes(records: readonly MutationRecord[]): void {
    if (mayMatch(changedTexts(records, this.hooks.own()), this.markers)) return this.hooks.wake();
    if (this.timer !== undefined) return;
    this.hooks.watchContent(false);
    this.print ??= this.read();
    this.timer = this.timers.later(() => this.end(), PAUSE_MS);
  }

  /** The page's text (textContent: no layout, no style) as a marker print. */
  private read(): string {
    return markerPrint((this.doc.body ?? this.doc.documentElement).textContent ?? '', this.markers);
  }

  private end(): void {
    this.timer = undefined;
    this.hooks.watchContent(true);
    const print = this.read();
    const changed = print !== this.print;
    // The next pause compares with this read: what changes from here on arrives as records first.
    this.print = print;
    if (changed || ++this.pauses % FULL_EVERY === 0) this.hooks.wake();
  }

  /** Watch everything again: a page matched, the URL changed, or the script stops. */
  stop(): void {
    this.print = null;
    this.pauses = 0;
    if (this.timer === undefined) return;
    this.timers.clear(this.timer);
    this.timer = undefined;
    this.hooks.watchContent(true);
  }
}
