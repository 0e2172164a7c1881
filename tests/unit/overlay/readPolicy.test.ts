/**
 * The read policy without a page: bursts of changes become one read, a busy page is still read
 * within the maximum wait, "settled" comes only after a quiet period without a loading sign, and a
 * busy page whose changes cannot matter pauses its content watch, compares prints, and owes a full read.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FULL_READ_MS, PAUSE_MS, ReadPolicy, SETTLE_MS, UNMATCHED_PAUSE_MS, type PageReading, type Probe } from '../../../platform/content/readPolicy';
import { Timers } from '../../../platform/content/timers';

let alive = true;
let page: PageReading;
let may = false;
let printed = 'a';
let href = 'https://myasn.bkn.go.id/a';
const read = vi.fn();
const settled = vi.fn();
const watchContent = vi.fn();
const probe: Probe = { may: () => may, print: () => printed };
const batch = [] as MutationRecord[];

function make() {
  const win = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (id: number) => clearTimeout(id) } as unknown as Window;
  const doc = { location: { get href() { return href; } } } as unknown as Document;
  const timers = new Timers(win, () => alive);
  const policy = new ReadPolicy(timers, doc, probe, { read, settled, watchContent, own: () => undefined, page: () => page }, () => Date.now());
  policy.read();
  read.mockReset();
  return { timers, policy };
}

beforeEach(() => {
  vi.useFakeTimers();
  alive = true;
  page = { known: true, complete: true, loading: false };
  may = false;
  printed = 'a';
  href = 'https://myasn.bkn.go.id/a';
  for (const f of [read, settled, watchContent]) f.mockReset();
});
afterEach(() => vi.useRealTimers());

describe('ReadPolicy: when to read', () => {
  it('reads a burst of changes once, soon after it ends', () => {
    const { policy } = make();
    may = true;
    for (let i = 0; i < 5; i++) policy.mutated(batch);
    expect(read).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads a page that never stops changing within the maximum wait', () => {
    const { policy } = make();
    may = true;
    for (let t = 0; t < 300; t += 5) {
      policy.mutated(batch);
      vi.advanceTimersByTime(5);
    }
    expect(read.mock.calls.length).toBeGreaterThanOrEqual(1);
  });

  it('once settled on a complete page, reads a busy page calmly (not on every burst)', () => {
    const { policy } = make();
    policy.settled = true;
    may = true;
    policy.mutated(batch);
    vi.advanceTimersByTime(20);
    expect(read).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('a navigation does not wait behind a calm read, and is not settled', () => {
    const { policy } = make();
    policy.settled = true;
    may = true;
    policy.mutated(batch);
    policy.navigated();
    expect(policy.settled).toBe(false);
    vi.advanceTimersByTime(20);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('a new URL is read soon and is not settled any more, whatever the probe says', () => {
    const { policy } = make();
    policy.settled = true;
    href = 'https://myasn.bkn.go.id/b';
    policy.mutated(batch);
    expect(policy.settled).toBe(false);
    vi.advanceTimersByTime(20);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('settles after a quiet period with the page loaded, not while it shows a loading sign', () => {
    const { policy } = make();
    page.loading = true;
    policy.mutated();
    vi.advanceTimersByTime(SETTLE_MS + 50);
    expect(policy.settled).toBe(false);
    expect(settled).not.toHaveBeenCalled();
    // The change that ends the loading starts a new quiet period.
    page.loading = false;
    policy.mutated();
    vi.advanceTimersByTime(SETTLE_MS - 100);
    expect(policy.settled).toBe(false);
    vi.advanceTimersByTime(200);
    expect(policy.settled).toBe(true);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('a change during the quiet period moves the end of it', () => {
    const { policy } = make();
    policy.mutated();
    vi.advanceTimersByTime(SETTLE_MS - 500);
    policy.mutated();
    vi.advanceTimersByTime(600);
    expect(policy.settled).toBe(false);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(policy.settled).toBe(true);
  });

  it('does nothing once the script is gone (stopped or orphaned)', () => {
    const stopped = make();
    stopped.policy.mutated();
    stopped.policy.stop();
    stopped.timers.stopAll();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(read).not.toHaveBeenCalled();
    const orphan = make();
    orphan.policy.mutated();
    alive = false;
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(read).not.toHaveBeenCalled();
  });
});

describe('ReadPolicy: a busy page whose changes cannot matter', () => {
  it('pauses watching content, and watches again at the end without reading when the print stayed', () => {
    const { policy } = make();
    policy.mutated(batch);
    expect(watchContent).toHaveBeenLastCalledWith(false);
    vi.advanceTimersByTime(PAUSE_MS);
    expect(watchContent).toHaveBeenLastCalledWith(true);
    expect(read).not.toHaveBeenCalled();
  });

  it('pauses a page no rule matched longer, and still reads at the end when a marker came meanwhile', () => {
    page = { known: false, complete: true, loading: false };
    const { policy } = make();
    policy.mutated(batch);
    printed = 'b';
    vi.advanceTimersByTime(PAUSE_MS + 20);
    expect(watchContent).toHaveBeenLastCalledWith(false);
    expect(read).not.toHaveBeenCalled();
    vi.advanceTimersByTime(UNMATCHED_PAUSE_MS - PAUSE_MS);
    expect(watchContent).toHaveBeenLastCalledWith(true);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads at the end of the pause when the print moved', () => {
    const { policy } = make();
    policy.mutated(batch);
    printed = 'b';
    vi.advanceTimersByTime(PAUSE_MS + 20);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('keeps a known page from settling while it is busy; a page no rule matched still settles', () => {
    const known = make();
    for (let t = 0; t < SETTLE_MS + 1000; t += 100) {
      known.policy.mutated(batch);
      vi.advanceTimersByTime(100);
    }
    expect(known.policy.settled).toBe(false);
    known.policy.stop();
    page = { known: false, complete: true, loading: false };
    const unmatched = make();
    unmatched.policy.mutated();
    for (let t = 0; t < SETTLE_MS + 1000; t += 100) {
      unmatched.policy.mutated(batch);
      vi.advanceTimersByTime(100);
    }
    expect(unmatched.policy.settled).toBe(true);
  });

  it('reads a page that changes every 3 s fully after FULL_READ_MS, counted in time, not in pauses', () => {
    const { policy } = make();
    let at = 0;
    for (; at < FULL_READ_MS + 6000 && !read.mock.calls.length; at += 3000) {
      policy.mutated(batch);
      vi.advanceTimersByTime(3000);
    }
    expect(read).toHaveBeenCalledTimes(1);
    expect(at).toBeGreaterThan(FULL_READ_MS);
  });

  it('keeps watching the content of a page that waits for something (a part missing), and still owes it the full read', () => {
    const { policy } = make();
    page.complete = false;
    for (let t = 0; t < FULL_READ_MS - 100; t += 100) {
      policy.mutated(batch);
      vi.advanceTimersByTime(100);
    }
    expect(watchContent).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    policy.mutated(batch);
    vi.advanceTimersByTime(100);
    policy.mutated(batch);
    vi.advanceTimersByTime(400);
    expect(read).toHaveBeenCalledTimes(1);
    expect(watchContent).not.toHaveBeenCalled();
  });
});
