/**
 * A busy page costs next to nothing while its changes cannot alter what Pemandu TTE says (issue 11:
 * observation ≤ 1.02× on a portal page no rule matches, ≤ 1.05× on a known one). Each batch of
 * changes is checked at once with a probe's hint; after a batch the hint found nothing in, the
 * observer stops watching content (it keeps watching attributes: a part shown or hidden) for
 * PAUSE_MS, because delivering every batch into the extension's world costs by itself (measured on
 * the 10,000-element page: half of the extension's script time with an observer callback that does
 * nothing). At the end of the pause one read of the page's text (the probe's print, no layout) says
 * whether anything the reading looks for appeared or went (or the URL changed); a page that never
 * stops changing is re-read fully at least every FULL_READ_MS, so nothing is missed for longer.
 * Two probes: a page no rule matched (only a page marker appearing or a veto going can make one
 * match: rules/engine/changeHint.ts) and a known page (its words, values and form controls).
 */
import { hostMarkers, hostValues, hostWords, markerPrint, mayMatch, valuePrint } from '../../rules/engine/changeHint';
import type { PageRule } from '../../rules/schema';
import { changedTexts, readingHint } from './changedText';
import type { Timers } from './scheduler';

/** A page found by its content alone, or a known page's text changing, while it keeps changing is seen at most this late. */
export const PAUSE_MS = 500;
/**
 * While a page keeps changing, a change its print cannot see is read at most this late. Such a change
 * moves none of the words or values the readers look for nor the number of form controls (a part
 * shown by a rewritten stylesheet, say), so it rarely alters what the page says; a field the
 * framework re-creates meanwhile is checked as soon as the user types in it (fieldElements.ts).
 * Each full read costs the 10,000-element page ≈ 26 ms (issue 11, measured).
 */
export const FULL_READ_MS = 10_000;

export interface Probe {
  /** Whether this batch may change the answer (a false yes costs one read). */
  may(records: readonly MutationRecord[], own: Node | undefined): boolean;
  /** What the answer depends on in the page's text, as one comparable string. */
  print(): string;
  /** While the page keeps changing, read it fully at least this often anyway (ms). */
  fullAfterMs: number;
}

const bodyText = (doc: Document) => (doc.body ?? doc.documentElement).textContent ?? '';
const CONTROLS = 'input, select, textarea, button, [role="button"], [contenteditable="true"]';

/** Worked out the first time it is asked for, not while the page waits for its first help. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** A page no rule matched: its host's page markers and vetoes. */
export function unmatchedProbe(doc: Document, pages: readonly PageRule[]): Probe {
  const markers = once(() => hostMarkers(pages, doc.location.hostname));
  return {
    may: (records, own) => mayMatch(changedTexts(records, own), markers()),
    print: () => `${doc.location.href}|${markerPrint(bodyText(doc), markers())}`,
    fullAfterMs: FULL_READ_MS,
  };
}

/** A known page: the words and values its reading looks for, and how many form controls it has. */
export function knownProbe(doc: Document, pages: readonly PageRule[], values: readonly string[]): Probe {
  const reading = once(() => {
    const words = hostWords(pages, doc.location.hostname);
    const pattern = hostValues(values);
    return { words, values: pattern, may: readingHint(words, pattern) };
  });
  return {
    may: (records, own) => reading().may(records, own),
    print: () => {
      const t = bodyText(doc);
      const { words, values } = reading();
      return `${doc.location.href}|${markerPrint(t, words)}|${valuePrint(t, values)}|${doc.querySelectorAll(CONTROLS).length}`;
    },
    fullAfterMs: FULL_READ_MS,
  };
}

export interface IdleHooks {
  /** Stop or start watching the page's content (childList, characterData). */
  watchContent(on: boolean): void;
  /** Our own host: changes inside it are not the page's. */
  own(): Node | undefined;
  /** Something may have changed the answer: re-read the page. */
  wake(): void;
  /**
   * A known page changed in a way the hint says cannot alter what it says: it is not quiet
   * (scheduler.ts). Answers whether it waits for nothing: only then does the watch stop watching content
   * for a pause; a page still waiting for something it expects (loading, a part missing) sees it come at once.
   */
  busy?(): boolean;
}

export class IdleWatch {
  private timer: number | undefined;
  private last: string | null = null;
  /** When the page was last read fully, as far as this watch knows (its first busy batch since a read, or its last wake). */
  private since: number | null = null;

  constructor(
    private readonly timers: Timers,
    private readonly probe: Probe,
    private readonly hooks: IdleHooks,
    private readonly now: () => number = Date.now,
  ) {}

  /** Changes (same URL): re-read if the hint says they may matter, else pause (a page still waiting for something: keep watching). */
  changes(records: readonly MutationRecord[]): void {
    if (this.probe.may(records, this.hooks.own())) return this.hooks.wake();
    const mayPause = this.hooks.busy?.() ?? true;
    this.since ??= this.now();
    if (this.timer !== undefined) return;
    if (!mayPause) {
      if (this.owed()) this.read();
      return;
    }
    this.hooks.watchContent(false);
    this.last ??= this.probe.print();
    this.timer = this.timers.later(() => this.end(), PAUSE_MS);
  }

  private end(): void {
    this.timer = undefined;
    this.hooks.watchContent(true);
    const print = this.probe.print();
    const changed = print !== this.last;
    // The next pause compares with this read: what changes from here on arrives as records first.
    this.last = print;
    if (changed || this.owed()) this.read();
  }

  /** A page that never stops changing is read fully at least every `fullAfterMs`. */
  private owed(): boolean {
    return this.now() - (this.since ?? this.now()) >= this.probe.fullAfterMs;
  }

  private read(): void {
    this.since = this.now();
    this.hooks.wake();
  }

  /** Watch everything again: the page was read, the URL changed, or the script stops. */
  stop(): void {
    this.last = this.since = null;
    if (this.timer === undefined) return;
    this.timers.clear(this.timer);
    this.timer = undefined;
    this.hooks.watchContent(true);
  }
}

/** A page's two watches: while no rule matched it, and while one did (the controller picks by its last read). */
export class BusyPage {
  readonly unmatched: IdleWatch;
  readonly known: IdleWatch;

  /** `values`: what the host's readers take from text besides words, as pattern sources (changeHint.ts hostValues). */
  constructor(timers: Timers, doc: Document, pages: readonly PageRule[], values: readonly string[], hooks: IdleHooks) {
    this.unmatched = new IdleWatch(timers, unmatchedProbe(doc, pages), { ...hooks, busy: undefined });
    this.known = new IdleWatch(timers, knownProbe(doc, pages, values), hooks);
  }

  changes(known: boolean, records: readonly MutationRecord[]): void {
    (known ? this.known : this.unmatched).changes(records);
  }

  stop(): void {
    this.unmatched.stop();
    this.known.stop();
  }
}
