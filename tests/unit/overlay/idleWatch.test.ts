/** IdleWatch on its own (platform/content/idle.ts): pauses, prints and the full read it owes a page that never stops changing. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleWatch, PAUSE_MS, type Probe } from '../../../platform/content/idle';
import { Timers } from '../../../platform/content/scheduler';

let printed = 'a';
const wake = vi.fn();
const watchContent = vi.fn();
const probe: Probe = { may: () => false, print: () => printed, fullAfterMs: 4000 };

function make(busy?: () => boolean) {
  const win = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (id: number) => clearTimeout(id) } as unknown as Window;
  return new IdleWatch(new Timers(win, () => true), probe, { watchContent, own: () => undefined, wake, ...(busy ? { busy } : {}) }, () => Date.now());
}

beforeEach(() => {
  vi.useFakeTimers();
  printed = 'a';
  wake.mockReset();
  watchContent.mockReset();
});
afterEach(() => vi.useRealTimers());

describe('IdleWatch', () => {
  it('pauses watching content after a batch that cannot matter, and watches again at the end', () => {
    const w = make();
    w.changes([]);
    expect(watchContent).toHaveBeenLastCalledWith(false);
    vi.advanceTimersByTime(PAUSE_MS);
    expect(watchContent).toHaveBeenLastCalledWith(true);
    expect(wake).not.toHaveBeenCalled();
  });

  it('wakes at the end of the pause when the print moved', () => {
    const w = make();
    w.changes([]);
    printed = 'b';
    vi.advanceTimersByTime(PAUSE_MS);
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('reads a page that changes every 3 s fully after fullAfterMs, counted in time, not in pauses', () => {
    const w = make();
    for (let t = 0; t < 9000; t += 3000) {
      w.changes([]);
      vi.advanceTimersByTime(3000);
      if (wake.mock.calls.length) break;
    }
    // First pause at 0 ms; the pause that ends after 4 s (at 6.5 s) owes the full read.
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('keeps watching the content of a page that waits for something (loading, a part missing), and still owes it the full read', () => {
    const w = make(() => false);
    for (let t = 0; t < 3900; t += 100) {
      w.changes([]);
      vi.advanceTimersByTime(100);
    }
    expect(watchContent).not.toHaveBeenCalled();
    expect(wake).not.toHaveBeenCalled();
    w.changes([]);
    vi.advanceTimersByTime(100);
    w.changes([]);
    expect(wake).toHaveBeenCalledTimes(1);
    expect(watchContent).not.toHaveBeenCalled();
  });
});
