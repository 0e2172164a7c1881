/** What both browsers' page wrappers share: everything that is a page-world expression. */
import { axeRunExpr, axeSourceText, COUNT_HOSTS_EXPR, HOST_ATTRS_EXPR, hostMatchesExpr, PAGE_NOISE, shadowQueryExpr, shadowRectExpr, waitUntil } from './common';
import type { AxeViolation, BrowserName, E2EPage, HostAttrs, Rect } from './types';

type Shadow = { text: string; attrs: Record<string, string> } | null;

/** A frame, then a task: the content script's callbacks for that frame and task were queued first. */
const AFTER_NEXT_PAINT_EXPR = `new Promise((done) => {
  const t = setTimeout(done, 200);
  requestAnimationFrame(() => setTimeout(() => { clearTimeout(t); done(); }, 0));
})`;

export abstract class BasePage implements E2EPage {
  abstract readonly browser: BrowserName;
  readonly errors: string[] = [];
  /** `typed`: the browser-wide record of what tests typed, checked against storage at close. */
  constructor(protected readonly typed: Set<string>) {}
  readonly noise: string[] = [];
  /** Evaluates a page-world expression (source text). */
  protected abstract run(expr: string): Promise<unknown>;
  abstract goto(url: string): Promise<void>;
  abstract evaluate<A, R>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>>;
  abstract shadowClick(selector: string): Promise<void>;
  abstract type(selector: string, text: string): Promise<void>;
  abstract fill(selector: string, text: string): Promise<void>;
  abstract click(selector: string): Promise<void>;
  abstract paste(selector: string, text: string): Promise<void>;
  abstract setViewport(width: number, height: number): Promise<void>;
  abstract screenshot(path: string): Promise<void>;
  abstract close(): Promise<void>;
  abstract press(key: string, opts?: { shift?: boolean }): Promise<void>;

  /** Console errors and uncaught errors, less the replica pages' own noise; `where` is the script that logged it. */
  protected recordError(text: string, where?: string): void {
    const line = where ? `${text} (at ${where})` : text;
    (PAGE_NOISE.test(text) ? this.noise : this.errors).push(line);
  }
  async waitForHost(attrs: HostAttrs, timeout = 10_000) {
    await waitUntil(() => this.run(hostMatchesExpr(attrs)) as Promise<boolean>, timeout, async () => `host ${JSON.stringify(attrs)}, have ${JSON.stringify(await this.hostAttrs())}`);
  }
  hostAttrs() {
    return this.run(HOST_ATTRS_EXPR) as Promise<Record<string, string> | null>;
  }
  countHosts() {
    return this.run(COUNT_HOSTS_EXPR) as Promise<number>;
  }
  /**
   * The overlay as a person sees it: what typing sets off is drawn in a task after the next paint
   * (platform/content/timers.ts), so each read waits for a frame and a task (at most 200 ms, for a
   * page that draws no frames).
   */
  private async drawn(expr: string): Promise<unknown> {
    await this.run(AFTER_NEXT_PAINT_EXPR);
    return this.run(expr);
  }
  async shadowText(sel: string) {
    return ((await this.drawn(shadowQueryExpr(sel))) as Shadow)?.text ?? null;
  }
  async shadowAttr(sel: string, name: string) {
    return ((await this.drawn(shadowQueryExpr(sel))) as Shadow)?.attrs[name] ?? null;
  }
  async shadowExists(sel: string) {
    return (await this.drawn(shadowQueryExpr(sel))) !== null;
  }
  shadowRect(sel: string) {
    return this.drawn(shadowRectExpr(sel)) as Promise<Rect | null>;
  }
  async waitForShadow(sel: string, timeout = 10_000) {
    await waitUntil(() => this.shadowExists(sel), timeout, async () => `overlay element ${sel}`);
  }
  async axe(include?: string[][]) {
    if (!(await this.run('typeof window.axe === "object"'))) await this.run(axeSourceText());
    return (await this.run(axeRunExpr(include))) as AxeViolation[];
  }
}
