/** What both browsers' page wrappers share: everything that is a page-world expression. */
import { COUNT_HOSTS_EXPR, HOST_ATTRS_EXPR, hostMatchesExpr, PAGE_NOISE, shadowQueryExpr, waitUntil } from './common';
import type { BrowserName, E2EPage, HostAttrs } from './types';

type Shadow = { text: string; attrs: Record<string, string> } | null;

export abstract class BasePage implements E2EPage {
  abstract readonly browser: BrowserName;
  readonly errors: string[] = [];
  /** Evaluates a page-world expression (source text). */
  protected abstract run(expr: string): Promise<unknown>;
  abstract goto(url: string): Promise<void>;
  abstract evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  abstract shadowClick(selector: string): Promise<void>;
  abstract fill(selector: string, text: string): Promise<void>;
  abstract click(selector: string): Promise<void>;
  abstract paste(selector: string, text: string): Promise<void>;
  abstract setViewport(width: number, height: number): Promise<void>;
  abstract screenshot(path: string): Promise<void>;
  abstract close(): Promise<void>;

  /** Console errors and uncaught errors that are not the replica pages' own noise. */
  protected recordError(text: string): void {
    if (!PAGE_NOISE.test(text)) this.errors.push(text);
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
  async shadowText(sel: string) {
    return ((await this.run(shadowQueryExpr(sel))) as Shadow)?.text ?? null;
  }
  async shadowAttr(sel: string, name: string) {
    return ((await this.run(shadowQueryExpr(sel))) as Shadow)?.attrs[name] ?? null;
  }
  async waitForShadow(sel: string, timeout = 10_000) {
    await waitUntil(async () => (await this.run(shadowQueryExpr(sel))) !== null, timeout, async () => `overlay element ${sel}`);
  }
}
