/**
 * The content script's loop: page (URL + DOM) → snapshot → detect → rules → overlay.
 * Event-driven: a debounced MutationObserver and navigation events; no polling. Everything is
 * registered through WXT's ContentScriptContext so an orphaned script (extension reloaded or
 * updated) stops and removes its overlay.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findingText } from '../../components/findingText';
import type { OverlayModel, ShownFinding } from '../../components/model';
import { Panel } from '../../components/Panel';
import { agencyById } from '../../rules/agencies';
import type { AgencyProfile } from '../../rules/contacts';
import { currentScreen, detect, NO_PAGE, sameState, type PageState } from '../../rules/engine/detect';
import { employeeTypeFromText } from '../../rules/engine/employee';
import { evaluateScreen, nipKind } from '../../rules/engine/evaluate';
import { isLoading } from '../../rules/engine/loading';
import { buttonText, HOST_TAG, takeSnapshot } from '../../rules/engine/snapshot';
import { norm } from '../../rules/engine/text';
import type { EmployeeType, FieldId } from '../../rules/fields/types';
import { ruleById } from '../../rules/index';
import { explainStatusWithValidity } from '../../rules/statuses';
import { messages, type Locale } from '../../rules/locales';
import { fieldNames } from '../../rules/locales/fieldNames';
import { dock, NARROW, SHORT } from './dock';
import { fieldOf, findFieldElements, readValues } from './fields';
import { SubmitGuard, type GuardNotice } from './guard';
import { guardUnusable } from './guardCheck';
import { mountHost, removeStaleHosts, type Mounted } from './mount';
import { revealInside } from './reveal';

export interface Settings {
  locale: Locale;
  collapsed: boolean | null;
  agencyId: string;
}

export interface TabSummary {
  page: string | null;
  step: string | null;
  status: string | null;
  guideStep: number | null;
  errors: number;
  looksDifferent: boolean;
}

export interface ControllerOptions {
  css: string;
  settings: Settings;
  saveCollapsed(collapsed: boolean): void;
  saveLocale(locale: Locale): void;
  /** Builds the help code for the current state (helpdesk issue); absent = no copy button. */
  helpCode?(state: PageState, findings: readonly ShownFinding[], agency: AgencyProfile, locale: Locale): string;
  copy?(text: string): Promise<boolean>;
  now?(): Date;
}

// "Looks different" only once complete (loaded, no loading sign) and quiet this long: slow portals.
const SETTLE_MS = 4000;
// Once a page is known and quiet, a busy page is re-read at most every MAX_WAIT_SETTLED_MS.
const BUSY_DEBOUNCE_MS = 250;
const MAX_WAIT_MS = 300;
const MAX_WAIT_SETTLED_MS = 1500;
const ANNOUNCE_MS = 700;

export class Controller {
  private state: PageState = NO_PAGE;
  private mounted: Mounted | null = null;
  private findings: ShownFinding[] = [];
  private held: GuardNotice | null = null;
  private readonly guard: SubmitGuard;
  private touched = new Set<FieldId>();
  private settled = false;
  private loading = false; // the last snapshot showed a loading sign (rules/engine/loading.ts)
  private userCollapsed: boolean | null;
  private locale: Locale;
  private agency: AgencyProfile;
  private announcement = '';
  private shownCode: { code: string; copied: boolean } | null = null;
  private announceTimer: number | undefined;
  private scanTimer: number | undefined;
  private settleTimer: number | undefined;
  private lastChangeAt = 0;
  private firstPending = 0;
  private lastUrl = '';
  private frame = 0;
  // Kept in memory only for the NIK/NIP birth-date check across wizard steps; never stored.
  private earlierNik: string | undefined;
  private employeeType: EmployeeType | undefined;
  private observer: MutationObserver | null = null;
  private dead = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly opts: ControllerOptions,
  ) {
    this.userCollapsed = opts.settings.collapsed;
    this.locale = opts.settings.locale;
    this.agency = agencyById(opts.settings.agencyId);
    this.guard = new SubmitGuard({
      isSubmitButton: (el) => this.isSubmitButton(el),
      problems: () => this.submitProblems(),
      show: (notice) => {
        this.held = notice;
        this.render();
        // Held only if "Tetap lanjutkan" can be clicked right now (guardCheck.ts): never a trap.
        return notice?.mode === 'held' && guardUnusable(this.mounted?.host, this.mounted?.container) === null;
      },
      isOwn: (el) => !!el.closest?.(HOST_TAG),
    });
  }

  start(): void {
    removeStaleHosts(this.doc);
    const win = this.doc.defaultView!;
    this.observer = new MutationObserver((records) => {
      for (const r of records) {
        // Our own host's attribute changes are not page changes.
        if (r.target !== this.mounted?.host) return this.schedule();
      }
    });
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class', 'open', 'aria-hidden', 'aria-current', 'aria-busy', 'disabled'],
    });
    const nav = () => this.schedule(true);
    this.ctx.addEventListener(win, 'popstate', nav);
    this.ctx.addEventListener(win, 'hashchange', nav);
    // Settling waits for the document's load (see SETTLE_MS).
    if (this.doc.readyState !== 'complete') this.ctx.addEventListener(win, 'load', () => this.schedule());
    const navigation = (win as Window & { navigation?: EventTarget }).navigation;
    if (navigation) this.ctx.addEventListener(navigation as unknown as Window, 'currententrychange' as 'popstate', nav);
    this.ctx.addEventListener(win, 'resize', () => this.place(), { passive: true });
    this.ctx.addEventListener(win, 'scroll', () => this.placeSoon(), { passive: true, capture: true });
    // On a phone the open sheet keeps clear of the field being typed in (and of the keyboard).
    this.ctx.addEventListener(this.doc, 'focusin', () => this.placeSoon(), { capture: true });
    this.ctx.addEventListener(this.doc, 'focusout', () => this.placeSoon(), { capture: true });
    if (win.visualViewport) this.ctx.addEventListener(win.visualViewport as unknown as Window, 'resize', () => this.placeSoon());
    this.ctx.addEventListener(this.doc, 'input', (e) => this.onInput(e), { capture: true });
    this.ctx.addEventListener(this.doc, 'change', (e) => this.onInput(e), { capture: true });
    // Capture on window: the earliest point, before the page's own handlers.
    this.ctx.addEventListener(win, 'click', (e) => this.live() && this.guard.onClick(e), { capture: true });
    this.ctx.addEventListener(win, 'submit', (e) => this.live() && this.guard.onSubmit(e), { capture: true });
    this.ctx.onInvalidated(() => this.destroy());
    this.scan();
  }

  /** An agency profile set by policy arrived after start (managed storage can be slow to read). */
  setAgency(idOrProfile: string | AgencyProfile): void {
    // A profile object comes from the agency's policy (rules/agencyPolicy/), an id is built in.
    const next = typeof idOrProfile === 'string' ? agencyById(idOrProfile) : idOrProfile;
    if (next === this.agency) return;
    this.agency = next;
    if (this.state.page) this.render();
  }

  /** Detected a page and not replaced by a newer instance of the extension. */
  private live(): boolean {
    return !this.dead && this.state.page !== null;
  }

  /** What the popup shows about this tab: ids and counts only. */
  summary(): TabSummary {
    const rule = ruleById(this.state.page);
    const screen = rule ? currentScreen(rule, this.state.step) : null;
    return {
      page: this.state.page,
      step: this.state.step,
      status: this.state.status,
      guideStep: (this.state.status ? explainStatusWithValidity(this.state.status, this.state.validity).guideStep : screen?.guideStep) ?? null,
      errors: this.findings.filter((f) => f.verdict === 'error').length,
      looksDifferent: this.settled && this.state.missing.length > 0,
    };
  }

  destroy(): void {
    this.dead = true;
    this.observer?.disconnect();
    this.observer = null;
    for (const t of [this.scanTimer, this.settleTimer, this.announceTimer]) if (t !== undefined) clearTimeout(t);
    this.scanTimer = this.settleTimer = this.announceTimer = undefined;
    this.unmount();
  }

  /**
   * A timer for this script's own work. Plain timers, cleared in destroy(): WXT's ctx.setTimeout
   * adds an abort listener per call that is never removed, which grows for as long as a busy
   * tab stays open. The callback first asks the context whether the extension is still there,
   * which is how an orphaned script (extension reloaded or updated) notices and cleans up.
   */
  private later(fn: () => void, ms: number): number {
    return this.doc.defaultView!.setTimeout(() => {
      if (this.dead || this.ctx.isInvalid) return;
      fn();
    }, ms);
  }

  /**
   * Settled and either complete or not a guide page at all: a busy page is then re-read calmly,
   * so unmatched portal pages cost little. Otherwise (arriving, or something expected missing)
   * quickly, so late content shows at once.
   */
  private calm(): boolean {
    return this.settled && (this.state.page === null || this.state.missing.length === 0);
  }

  /**
   * Coalesces bursts of DOM changes (trailing debounce with a maximum wait): quick while the page
   * is still arriving or something expected is missing, calmer once the page is known and
   * complete. One timer per burst: a busy page only moves a timestamp, it does not churn timers.
   */
  private schedule(navigation = false): void {
    if (navigation || this.doc.location.href !== this.lastUrl) this.unsettle();
    const now = Date.now();
    this.lastChangeAt = now;
    this.restartSettleTimer();
    if (this.scanTimer !== undefined) {
      // A navigation must not wait behind a calm re-read.
      if (!navigation) return;
      clearTimeout(this.scanTimer);
    }
    this.firstPending = now;
    this.armScan(this.calm() ? BUSY_DEBOUNCE_MS : 16);
  }

  private armScan(ms: number): void {
    this.scanTimer = this.later(() => {
      const now = Date.now();
      const calm = this.calm();
      const quietFor = now - this.lastChangeAt;
      const debounce = calm ? BUSY_DEBOUNCE_MS : 16;
      const deadline = this.firstPending + (calm ? MAX_WAIT_SETTLED_MS : MAX_WAIT_MS);
      if (quietFor < debounce && now < deadline) return this.armScan(Math.min(debounce - quietFor, deadline - now));
      this.scanTimer = undefined;
      this.scan();
    }, ms);
  }

  private unsettle(): void {
    this.settled = false;
  }

  /** One timer per quiet period (from lastChangeAt): a busy page only moves a timestamp, it does not churn timers. */
  private restartSettleTimer(): void {
    if (this.settleTimer !== undefined) return;
    const wait = (ms: number) => {
      this.settleTimer = this.later(() => {
        const quietFor = Date.now() - this.lastChangeAt;
        if (quietFor < SETTLE_MS) return wait(SETTLE_MS - quietFor);
        this.settleTimer = undefined;
        this.scan();
        // A loading page is not a changed page: the mutation or load that ends it starts a new wait.
        if (this.loading || this.doc.readyState !== 'complete') return;
        this.settled = true;
        // "Looks different" depends on settling, not only on the detected state.
        if (this.state.page) this.render();
      }, ms);
    };
    wait(SETTLE_MS);
  }

  scan(): void {
    if (this.dead) return;
    try {
      this.lastUrl = this.doc.location.href;
      const snap = takeSnapshot(this.doc);
      this.loading = isLoading(snap);
      const next = detect(this.lastUrl, snap, { today: this.opts.now?.() });
      const changedPage = next.page !== this.state.page || next.step !== this.state.step;
      if (changedPage) {
        this.held = null;
        this.guard.reset();
        // The NIK is kept for the NIK↔NIP check across the wizard's own steps only.
        if (next.page !== this.state.page) this.earlierNik = undefined;
        this.shownCode = null;
        this.touched.clear();
      }
      if (!this.employeeType) {
        this.employeeType = employeeTypeFromText(snap.rawText) ?? undefined;
      }
      if (!next.page) {
        this.state = next;
        this.unmount();
        return;
      }
      if (next.match === 'url+content' && next.missing.length === 0) this.settled = true;
      const stateChanged = !sameState(next, this.state);
      this.state = next;
      const findingsChanged = this.evaluate('typing');
      if (stateChanged || findingsChanged || !this.mounted) this.render();
      else this.ensureAttached();
    } catch (err) {
      // Never throw into the page: a broken pass shows nothing new, the next mutation tries again.
      if (import.meta.env?.DEV) console.warn('[Pemandu TTE]', err);
    }
  }

  private screenFields() {
    const rule = ruleById(this.state.page);
    return rule ? currentScreen(rule, this.state.step) : null;
  }

  /** Re-checks the current screen's fields; returns whether the visible findings changed. */
  private evaluate(mode: 'typing' | 'submit'): boolean {
    const screen = this.screenFields();
    if (!screen || screen.fields.length === 0) {
      const had = this.findings.length > 0;
      this.findings = [];
      return had;
    }
    const found = findFieldElements(this.doc, screen.fields);
    const values = readValues(found);
    const nik = values.get('nik');
    if (nik?.kind === 'text' && nik.value.trim()) this.earlierNik = nik.value;
    const nip = values.get('nip');
    if (nip?.kind === 'text') this.employeeType = nipKind(nip.value) ?? this.employeeType;
    const next = evaluateScreen(screen.fields, values, {
      agency: this.agency,
      employeeType: this.employeeType,
      earlierNik: this.earlierNik,
      mode,
      touched: this.touched,
    });
    if (mode === 'submit') return false;
    const key = (fs: ShownFinding[]) => fs.map((f) => `${f.field}:${f.verdict}:${f.reason}:${JSON.stringify(f.params ?? {})}:${f.rules?.map((r) => +r.met).join('') ?? ''}`).join('|');
    const changed = key(next) !== key(this.findings);
    const previous = new Map(this.findings.map((f) => [f.field, f.reason]));
    this.findings = next;
    if (changed) this.announceChanges(previous);
    return changed;
  }

  private submitProblems(): ShownFinding[] {
    const screen = this.screenFields();
    if (!screen) return [];
    const values = readValues(findFieldElements(this.doc, screen.fields));
    // With `touched`: what the portal pre-filled and the user left alone never holds the click.
    return evaluateScreen(screen.fields, values, {
      agency: this.agency,
      employeeType: this.employeeType,
      earlierNik: this.earlierNik,
      mode: 'submit',
      touched: this.touched,
    }).filter((f) => f.verdict === 'error');
  }

  private announceChanges(previous: Map<FieldId, string>): void {
    const changed = this.findings.filter((f) => previous.get(f.field) !== f.reason);
    if (changed.length === 0) return;
    const text = changed.map((f) => `${fieldNames[this.locale][f.field]}: ${findingText(f, this.locale)}`).join(' ');
    // Wait until typing pauses, so screen readers are not flooded on every key.
    if (this.announceTimer !== undefined) clearTimeout(this.announceTimer);
    this.announceTimer = this.later(() => {
      this.announceTimer = undefined;
      this.announcement = text;
      this.render();
    }, ANNOUNCE_MS);
  }

  private onInput(e: Event): void {
    if (this.dead) return;
    const target = e.target as Element | null;
    const screen = this.screenFields();
    if (!target || !screen || screen.fields.length === 0) return;
    const field = fieldOf(target, screen.fields);
    if (!field) return;
    this.touched.add(field);
    if (this.evaluate('typing')) {
      this.render();
      mark('pemandu:verdict');
      this.revealFinding(field);
    }
  }

  /** Keeps the finding of the field being typed in visible inside the (scrolling) panel. */
  private revealFinding(field: FieldId): void {
    const el = this.mounted?.container.querySelector<HTMLElement>(`[data-field="${field}"]`);
    if (el) revealInside(el, this.mounted!.container);
  }

  private isSubmitButton(el: Element): boolean {
    const screen = this.screenFields();
    if (!screen || screen.submitButtons.length === 0) return false;
    const label = norm(buttonText(el));
    if (!label) return false;
    return screen.submitButtons.some((b) => {
      const want = norm(b);
      return label === want || label.startsWith(want + ' ') || label.endsWith(' ' + want);
    });
  }

  private submitAnyway = (): void => this.guard.release();

  private dismissGuard = (): void => {
    // Back to the first field that needs fixing, so the user can correct it right away.
    const first = this.guard.dismiss()[0];
    const screen = this.screenFields();
    if (first && screen) findFieldElements(this.doc, screen.fields).get(first.field)?.[0]?.focus();
  };

  private toggle = (): void => {
    this.userCollapsed = !this.isCollapsed();
    this.opts.saveCollapsed(this.userCollapsed);
    this.render();
  };

  private switchLocale = (): void => {
    this.locale = this.locale === 'id' ? 'en' : 'id';
    this.opts.saveLocale(this.locale);
    this.render();
  };

  private copyCode = (): void => {
    if (!this.opts.helpCode || !this.opts.copy) return;
    const code = this.opts.helpCode(this.state, this.findings, this.agency, this.locale);
    void this.opts.copy(code).then((copied) => {
      this.shownCode = { code, copied };
      this.announcement = copied ? messages[this.locale].copied : messages[this.locale].copyFailed;
      this.render();
    });
  };

  /** Default: expanded where there is room, a small button on phones. The user's choice wins. */
  private isCollapsed(): boolean {
    if (this.held) return false;
    if (this.userCollapsed !== null) return this.userCollapsed;
    const win = this.doc.defaultView;
    return (win?.innerWidth ?? 1024) < NARROW || (win?.innerHeight ?? 768) < SHORT;
  }

  /** Re-attaches a host the page removed — unless a newer instance of the extension took over. */
  private ensureAttached(): boolean {
    if (!this.mounted || this.mounted.host.isConnected) return true;
    if (this.doc.querySelector(HOST_TAG)) {
      this.destroy();
      return false;
    }
    this.doc.documentElement.append(this.mounted.host);
    return true;
  }

  private unmount(): void {
    if (!this.mounted) return;
    render(null, this.mounted.container);
    this.mounted.host.remove();
    this.mounted = null;
  }

  render(): void {
    if (!this.state.page || this.dead) return;
    if (!this.mounted) this.mounted = mountHost(this.doc, this.opts.css, 'panel');
    if (!this.ensureAttached()) return;
    const host = this.mounted.host;
    host.setAttribute('data-page', this.state.page);
    toggleAttr(host, 'data-step', this.state.step);
    toggleAttr(host, 'data-status', this.state.status);
    host.setAttribute('lang', this.locale);
    const model: OverlayModel = {
      state: this.state,
      findings: this.findings,
      guard: this.held ? { button: this.held.label, problems: this.held.problems, mode: this.held.mode } : null,
      locale: this.locale,
      agency: this.agency,
      settled: this.settled,
      collapsed: this.isCollapsed(),
      canCopyCode: !!this.opts.helpCode,
      helpCode: this.shownCode,
    };
    render(
      h(Panel, {
        model,
        announcement: this.announcement,
        actions: {
          onToggle: this.toggle,
          onLocale: this.switchLocale,
          onSubmitAnyway: this.submitAnyway,
          onDismissGuard: this.dismissGuard,
          onCopyCode: this.opts.helpCode ? this.copyCode : undefined,
        },
      }),
      this.mounted.container,
    );
    this.place();
    mark('pemandu:panel');
  }

  private placeSoon(): void {
    if (this.frame || !this.mounted) return;
    this.frame = this.doc.defaultView!.requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  private place(): void {
    const root = this.mounted?.container.firstElementChild as HTMLElement | null;
    if (root) dock(root, this.doc);
  }
}

/** A performance mark for the benchmark (npm run bench); one entry per name, so nothing accumulates. */
function mark(name: string): void {
  try {
    performance.clearMarks(name);
    performance.mark(name);
  } catch {
    // No User Timing here (old engine or a locked-down page): the benchmark falls back to polling.
  }
}

function toggleAttr(el: Element, name: string, value: string | null): void {
  if (value) el.setAttribute(name, value);
  else el.removeAttribute(name);
}
