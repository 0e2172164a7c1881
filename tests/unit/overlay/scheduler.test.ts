/**
 * The scheduler without a page: bursts of changes become one read, a busy page is still read
 * within the maximum wait, and "settled" comes only after a quiet period without a loading sign.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Scheduler, SETTLE_MS, Timers } from '../../../platform/content/scheduler';

let alive = true;
let loading = false;
let complete = true;
const scan = vi.fn();
const settledNow = vi.fn();

function make() {
  const win = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (id: number) => clearTimeout(id) } as unknown as Window;
  const timers = new Timers(win, () => alive);
  return { timers, scheduler: new Scheduler(timers, { scan, complete: () => complete, loading: () => loading, settledNow }, () => Date.now()) };
}

beforeEach(() => {
  vi.useFakeTimers();
  alive = true;
  loading = false;
  complete = true;
  scan.mockReset();
  settledNow.mockReset();
});
afterEach(() => vi.useRealTimers());

describe('Scheduler', () => {
  it('reads a burst of changes once, soon after it ends', () => {
    const { scheduler } = make();
    for (let i = 0; i < 5; i++) scheduler.change();
    expect(scan).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(scan).toHaveBeenCalledTimes(1);
  });

  it('reads a page that never stops changing within the maximum wait', () => {
    const { scheduler } = make();
    for (let t = 0; t < 300; t += 5) {
      scheduler.change();
      vi.advanceTimersByTime(5);
    }
    expect(scan.mock.calls.length).toBeGreaterThanOrEqual(1);
  });

  it('once settled on a complete page, reads a busy page calmly (not on every burst)', () => {
    const { scheduler } = make();
    scheduler.settled = true;
    scheduler.change();
    vi.advanceTimersByTime(20);
    expect(scan).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(scan).toHaveBeenCalledTimes(1);
  });

  it('activity that cannot alter the reading is not read, but keeps the page from settling', () => {
    const { scheduler } = make();
    for (let t = 0; t < SETTLE_MS + 1000; t += 100) {
      scheduler.activity();
      vi.advanceTimersByTime(100);
    }
    expect(scan).not.toHaveBeenCalled();
    expect(scheduler.settled).toBe(false);
    vi.advanceTimersByTime(SETTLE_MS + 100);
    expect(scheduler.settled).toBe(true);
  });

  it('settles after a quiet period with the page loaded, not while it shows a loading sign', () => {
    const { scheduler } = make();
    loading = true;
    scheduler.change();
    vi.advanceTimersByTime(SETTLE_MS + 50);
    expect(scheduler.settled).toBe(false);
    expect(settledNow).not.toHaveBeenCalled();
    // The change that ends the loading starts a new quiet period.
    loading = false;
    scheduler.change();
    vi.advanceTimersByTime(SETTLE_MS - 100);
    expect(scheduler.settled).toBe(false);
    vi.advanceTimersByTime(200);
    expect(scheduler.settled).toBe(true);
    expect(settledNow).toHaveBeenCalledTimes(1);
  });

  it('a change during the quiet period moves the end of it', () => {
    const { scheduler } = make();
    scheduler.change();
    vi.advanceTimersByTime(SETTLE_MS - 500);
    scheduler.change();
    vi.advanceTimersByTime(600);
    expect(scheduler.settled).toBe(false);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(scheduler.settled).toBe(true);
  });

  it('a new page is not settled any more', () => {
    const { scheduler } = make();
    scheduler.settled = true;
    scheduler.change(false, true);
    expect(scheduler.settled).toBe(false);
  });

  it('does nothing once the script is gone (stopped or orphaned)', () => {
    const stopped = make();
    stopped.scheduler.change();
    stopped.scheduler.stop();
    stopped.timers.stopAll();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(scan).not.toHaveBeenCalled();
    const orphan = make();
    orphan.scheduler.change();
    alive = false;
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(scan).not.toHaveBeenCalled();
  });
});
