/**
 * A busy page costs next to nothing while its changes cannot alter what Pemandu TTE says (issue 11:
 * observation ≤ 1.02× on a portal page no rule matches, ≤ 1.05× on a known one). Each batch of
 * changes is checked at once with a probe's hint; after a batch the hint found nothing in, the
 * observer stops watching content (it keeps watching attributes: a part shown or hidden) for
 * PAUSE_MS, because delivering every batch into the extension's world costs by itself (measured on
 * the 10,000-element page: half of the extension's script time with an observer callback that does
 * nothing). At the end of the pause one read of the page's text (the probe's print, no layout) says
 * whether anything the reading looks for appeared or went; every `fullEvery`-th pause of a page that
 * never stops changing re-reads it fully, so nothing is missed for longer than that.
 * Two probes: a page no rule matched (only a page marker appearing or a veto going can make one
 * match: rules/engine/changeHint.ts) and a known page (its words, values and form controls).
 */
import { hostMarkers, hostWords, markerPrint, mayMatch, valuePrint } from '../../rules/engine/changeHint';
import { pageRules } from '../../rules/index';
import { changedTexts, readingHint } from './changedText';
import type { Timers } from './scheduler';

/** A page found by its content alone, or a known page's text changing, while it keeps changing is seen at most this late. */
export const PAUSE_MS = 500;

export interface Probe {
  /** Whether this batch may change the answer (a false yes costs one read). */
  may(records: readonly MutationRecord[], own: Node | undefined): boolean;
  /** What the answer depends on in the page's text, as one comparable string. */
  print(): string;
  /** Every this many pauses in a row, read the page fully anyway. */
  fullEvery: number;
}

const bodyText = (doc: Document) => (doc.body ?? doc.documentElement).textContent ?? '';
const CONTROLS = 'input, select, textarea, button, [role="button"], [contenteditable="true"]';

/** A page no rule matched: its host's page markers and vetoes. */
export function unmatchedProbe(doc: Document): Probe {
  const markers = hostMarkers(pageRules, doc.location.hostname);
  return { may: (records, own) => mayMatch(changedTexts(records, own), markers), print: () => markerPrint(bodyText(doc), markers), fullEvery: 20 };
}

/** A known page: the words and values its reading looks for, and how many form controls it has. */
export function knownProbe(doc: Document): Probe {
  const words = hostWords(pageRules, doc.location.hostname);
  const text = () => bodyText(doc);
  return {
    may: readingHint(words),
    print: () => {
      const t = text();
      return `${markerPrint(t, words)}|${valuePrint(t)}|${doc.querySelectorAll(CONTROLS).length}`;
    },
    // Read fully at least every 8 pauses (≈ 4 s, SETTLE_MS) of a page that never stops changing.
    fullEvery: 8,
  };
}

export interface IdleHooks {
  /** Stop or start watching the page's content (childList, characterData). */
  watchContent(on: boolean): void;
  /** Our own host: changes inside it are not the page's. */
  own(): Node | undefined;
  /** Something may have changed the answer: re-read the page. */
  wake(): void;
  /** A known page changed in a way the hint says cannot alter what it says: it is not quiet (scheduler.ts). */
  busy?(): void;
}

export class IdleWatch {
  private timer: number | undefined;
  private last: string | null = null;
  private pauses = 0;

  constructor(
    private readonly timers: Timers,
    private readonly probe: Probe,
    private readonly hooks: IdleHooks,
  ) {}

  /** Changes (same URL): re-read if the hint says they may matter, else pause. */
  changes(records: readonly MutationRecord[]): void {
    if (this.probe.may(records, this.hooks.own())) return this.hooks.wake();
    this.hooks.busy?.();
    if (this.timer !== undefined) return;
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
    if (changed || ++this.pauses % this.probe.fullEvery === 0) this.hooks.wake();
  }

  /** Watch everything again: the page was read, the URL changed, or the script stops. */
  stop(): void {
    this.last = null;
    this.pauses = 0;
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

  constructor(timers: Timers, doc: Document, hooks: IdleHooks) {
    this.unmatched = new IdleWatch(timers, unmatchedProbe(doc), { ...hooks, busy: undefined });
    this.known = new IdleWatch(timers, knownProbe(doc), hooks);
  }

  changes(known: boolean, records: readonly MutationRecord[]): void {
    (known ? this.known : this.unmatched).changes(records);
  }

  stop(): void {
    this.unmatched.stop();
    this.known.stop();
  }
}
