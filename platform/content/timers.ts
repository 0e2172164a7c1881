/**
 * Plain timers, cleared in stopAll(): WXT's ctx.setTimeout adds an abort listener per call that is
 * never removed, which grows for as long as a busy tab stays open. `alive` is asked before each
 * callback; that is how an orphaned script (extension reloaded or updated) notices and stops.
 */
export class Timers {
  private readonly ids = new Set<number>();
  private readonly frames = new Set<number>();

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

  /**
   * Runs `fn` in a task after the next paint: what a keystroke sets off then never delays the
   * frame that shows the typed character (input to next paint, as INP counts it).
   */
  afterPaint(fn: () => void): void {
    const frame = this.win.requestAnimationFrame(() => {
      this.frames.delete(frame);
      this.later(fn, 0);
    });
    this.frames.add(frame);
  }

  clear(id: number | undefined): void {
    if (id === undefined) return;
    this.win.clearTimeout(id);
    this.ids.delete(id);
  }

  stopAll(): void {
    for (const id of this.ids) this.win.clearTimeout(id);
    for (const id of this.frames) this.win.cancelAnimationFrame(id);
    this.ids.clear();
    this.frames.clear();
  }
}
