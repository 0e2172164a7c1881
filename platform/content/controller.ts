/**
 * The content script's wiring: page (URL + DOM) → snapshot → detect → session → view → panel.
 * Event-driven: a debounced MutationObserver and navigation events (scheduler.ts); no polling.
 * Everything is registered through WXT's ContentScriptContext so an orphaned script (extension
 * reloaded or updated) stops and removes its overlay. What is remembered across wizard steps and
 * the field checks live in rules/engine/session.ts; what the panel shows in components/viewModel.ts.
 */
import { h } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayModel } from '../../components/model';
import { Panel } from '../../components/Panel';
import { overlayView, tabSummary, type OverlayView, type TabSummary } from '../../components/viewModel';
import type { AgencyProfile } from '../../rules/contacts';
import { currentScreen, detect, NO_PAGE, sameState, type PageState } from '../../rules/engine/detect';
import { isLoading } from '../../rules/engine/loading';
import { Session } from '../../rules/engine/session';
import { takeSnapshot } from '../../rules/engine/snapshot';
import { ruleById } from '../../rules/index';
import { LOCALES, t, type Locale } from '../../rules/locales/overlay';
import { AgencyChoice, type AgencySource } from './agencyChoice';
import { Announcer } from './announcer';
import { smallWindow } from './dock';
import { heldFor } from './concerns';
import { switchLanguage } from './language';
import { FieldElements } from './fieldElements';
import { copyHelpCode, type ShownCode } from './helpCodeCopy';
import { submitWordOf, SubmitGuard, type GuardNotice } from './guard';
import { guardUnusable } from './guardCheck';
import { mark, PanelHost } from './panelHost';
import { Scheduler, Timers } from './scheduler';
import type { ControllerOptions, Settings } from './options';
import { BusyPage } from './idle';
import { watchPage, type PageWatch } from './watch';

export type { ControllerOptions, Settings } from './options';

export class Controller {
  private state: PageState = NO_PAGE;
  private view: OverlayView | null = null;
  private held: GuardNotice | null = null;
  private userCollapsed: boolean | null;
  private locale: Locale;
  private readonly agency: AgencyChoice;
  private shownCode: ShownCode | null = null;
  private lastUrl = '';
  private loading = false; // the last snapshot showed a loading sign (rules/engine/loading.ts)
  private dead = false;
  private settingsIn: boolean;
  private watch: PageWatch | null = null;
  /** A busy page is read only when a change may alter what it says (idle.ts). */
  private readonly busy: BusyPage;
  private readonly session: Session;
  private readonly fields: FieldElements;
  private readonly panel: PanelHost;
  private readonly timers: Timers;
  private readonly scheduler: Scheduler;
  private readonly guard: SubmitGuard;
  private readonly announcer: Announcer;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly opts: ControllerOptions,
  ) {
    this.settingsIn = opts.settings !== null;
    this.userCollapsed = opts.settings?.collapsed ?? null;
    this.locale = opts.settings?.locale ?? LOCALES[0]!;
    this.agency = new AgencyChoice(opts.settings?.agencyId, opts.settings ? (opts.settings.agencySource ?? 'local') : 'default', opts.saveAgency);
    this.session = new Session(this.agency.agency);
    this.fields = new FieldElements(doc);
    this.panel = new PanelHost(doc, opts.css, opts.owner);
    this.timers = new Timers(doc.defaultView!, () => !this.dead && !this.ctx.isInvalid);
    this.announcer = new Announcer(this.timers, () => this.render());
    this.scheduler = new Scheduler(this.timers, {
      scan: () => this.scan(),
      complete: () => this.state.page === null || this.state.missing.length === 0,
      loading: () => this.loading || this.doc.readyState !== 'complete',
      // "Looks different" depends on settling, not only on the detected state.
      settledNow: () => this.state.page && this.render(),
    });
    this.guard = new SubmitGuard({
      submitWord: (el) => submitWordOf(el, this.screen()?.submitButtons ?? []),
      problems: (target) => {
        // A submit is rare and decisive: match the page as it is this instant, not as last read.
        const fields = this.screen()?.fields ?? [];
        this.fields.refresh(fields);
        return heldFor(target, this.session.submitProblems(fields, this.fields.values()), fields, this.fields.elements());
      },
      show: (notice) => {
        this.held = notice;
        this.render();
        // Held only if "Tetap lanjutkan" can be clicked right now (guardCheck.ts): never a trap.
        return notice?.mode === 'held' && guardUnusable(this.panel.host, this.panel.root) === null;
      },
      isOwn: (el) => !!this.panel.host?.contains(el),
      isPerson: opts.isPerson ?? ((e) => e.isTrusted),
    });
    this.busy = new BusyPage(this.timers, doc, {
      watchContent: (on) => this.watch?.watchContent(on),
      own: () => this.panel.host,
      wake: () => this.changed(),
      busy: () => this.scheduler.busy(),
    });
  }

  start(): void {
    this.panel.removePredecessors();
    this.watch = watchPage(this.ctx, this.doc, {
      changed: (navigation, records) => this.changed(navigation, records),
      own: () => this.panel.host,
      place: () => this.panel.place(),
      placeSoon: () => this.panel.placeSoon(),
      input: (e) => this.onInput(e),
      click: (e) => this.live() && this.guard.onClick(e),
      submit: (e) => this.live() && this.guard.onSubmit(e),
      activationEnded: (e) => this.guard.activationEnded(e),
    });
    this.ctx.onInvalidated(() => this.destroy());
    this.scan();
  }

  /** The user's settings, read from storage while the first snapshot was taken: the first render. */
  applySettings(s: Settings): void {
    this.userCollapsed = s.collapsed;
    this.locale = s.locale;
    this.settingsIn = true;
    this.setAgency(s.agencyId, s.agencySource ?? 'local');
    if (this.state.page) this.render();
  }

  /** The profile in force and who chose it (a profile set by policy arrives late: managed storage can be slow). */
  setAgency(idOrProfile: string | AgencyProfile, source: AgencySource = 'local'): void {
    if (!this.agency.set(idOrProfile, source)) return;
    this.session.setAgency(this.agency.agency, this.agency.locked);
    if (this.state.page) this.render();
  }

  /** What the popup shows about this tab: ids and counts only, from the panel's own view model. */
  summary(): TabSummary {
    return tabSummary(this.state.page ? this.view : null);
  }

  destroy(): void {
    this.dead = true;
    this.busy.stop();
    this.watch?.stop();
    this.watch = null;
    this.scheduler.stop();
    this.timers.stopAll();
    this.unmount();
  }

  /** Detected a page and not replaced by a newer instance of the extension. */
  private live(): boolean {
    return !this.dead && this.state.page !== null;
  }

  private changed(navigation = false, records?: readonly MutationRecord[]): void {
    const newPage = navigation || this.doc.location.href !== this.lastUrl;
    // The URL is the same: re-read only if the change may alter what the page says (idle.ts).
    if (!newPage && records && this.lastUrl) return this.busy.changes(this.state.page !== null, records);
    this.busy.stop();
    this.scheduler.change(navigation, newPage);
  }

  private screen() {
    const rule = ruleById(this.state.page);
    return rule ? currentScreen(rule, this.state.step) : null;
  }

  scan(): void {
    if (this.dead) return;
    try {
      this.lastUrl = this.doc.location.href;
      const snap = takeSnapshot(this.doc, this.panel.host);
      this.loading = isLoading(snap);
      const next = detect(this.lastUrl, snap, { today: this.opts.now?.() });
      if (this.session.enter(next, snap.rawText)) {
        this.held = null;
        this.guard.reset();
        this.shownCode = null;
      }
      if (!next.page) {
        this.busy.known.stop();
        this.state = next;
        this.unmount();
        return;
      }
      this.busy.unmatched.stop();
      if (next.match === 'url+content' && next.missing.length === 0) this.scheduler.settled = true;
      // Read before the settings arrive too: a stored choice then clears it (AgencyChoice.set).
      const stateChanged = this.agency.read(!!ruleById(next.page)?.status, snap.rawText) || !sameState(next, this.state);
      this.state = next;
      // Matched once per read; typing and the guard reuse these elements (fieldElements.ts).
      this.fields.refresh(this.screen()?.fields ?? []);
      const findingsChanged = this.check();
      if (stateChanged || findingsChanged || !this.panel.isMounted) this.render();
      else this.panel.ensureAttached();
    } catch (err) {
      // Never throw into the page: a broken pass shows nothing new, the next mutation tries again.
      if (import.meta.env?.DEV) console.warn('[Pemandu TTE]', err);
    }
  }

  private answerAgency = (accept: boolean): void => {
    if (!this.agency.answer(accept)) return;
    this.session.setAgency(this.agency.agency, this.agency.locked);
    this.render();
  };

  /** Re-checks the current screen's fields; returns whether the visible findings changed. */
  private check(): boolean {
    const { changed, announce } = this.session.typing(this.screen()?.fields ?? [], this.fields.values());
    this.announcer.findings(announce, this.locale);
    return changed;
  }

  private onInput(e: Event): void {
    if (this.dead || !this.state.page) return;
    const target = e.target as Element | null;
    const field = target ? this.fields.fieldFor(target) : null;
    if (!field) return;
    this.session.touch(field);
    if (this.check()) {
      this.render();
      mark('pemandu:verdict');
      this.panel.reveal(field);
    }
  }

  private submitAnyway = (): void => this.guard.release();

  private dismissGuard = (): void => {
    // Back to the first field that needs fixing, so the user can correct it right away.
    const first = this.guard.dismiss()[0];
    if (first) this.fields.elements().get(first.field)?.[0]?.focus();
  };

  private toggle = (): void => {
    this.userCollapsed = !this.isCollapsed();
    this.opts.saveCollapsed(this.userCollapsed);
    this.render();
  };

  private switchLocale = (): void =>
    switchLanguage(this.locale, this.opts.loadLocale, (next) => {
      if (this.dead) return;
      this.locale = next;
      this.opts.saveLocale(next);
      this.render();
    });

  private copyCode = (): void =>
    copyHelpCode(this.opts, { state: this.state, findings: this.session.findings, agency: this.agency.agency, locale: this.locale }, (shown) => {
      if (this.dead) return;
      this.shownCode = shown;
      this.announcer.say(t(this.locale, shown.copied ? 'copied' : 'copyFailed'));
    });

  /** Default: expanded where there is room, a small button on phones. The user's choice wins. */
  private isCollapsed(): boolean {
    return !this.held && (this.userCollapsed ?? smallWindow(this.doc.defaultView));
  }

  private unmount(): void {
    this.view = null;
    this.panel.unmount();
  }

  render(): void {
    if (!this.state.page || this.dead || !this.settingsIn) return;
    const model: OverlayModel = {
      state: this.state,
      findings: [...this.session.findings],
      guard: this.held ? { button: this.held.label, problems: this.held.problems, mode: this.held.mode, inDialog: this.held.inDialog } : null,
      locale: this.locale,
      agency: this.agency.agency,
      agencyLocked: this.agency.locked,
      agencyOffer: this.agency.offer,
      settled: this.scheduler.settled,
      collapsed: this.isCollapsed(),
      canCopyCode: !!this.opts.helpCode,
      helpCode: this.shownCode,
    };
    this.view = overlayView(model);
    const actions = {
      isPerson: this.opts.isPerson,
      onToggle: this.toggle,
      onLocale: this.switchLocale,
      onSubmitAnyway: this.submitAnyway,
      onDismissGuard: this.dismissGuard,
      onCopyCode: this.opts.helpCode ? this.copyCode : undefined,
      onAgencyOffer: this.answerAgency,
    };
    const panel = h(Panel, { model, view: this.view, actions, announcement: this.announcer.text });
    this.panel.render(panel, { page: this.state.page, step: this.state.step, status: this.state.status, lang: this.locale });
    mark('pemandu:panel');
  }
}
