/**
 * The content script's wiring, one way: page (URL + DOM) → snapshot → detect → state → view → panel.
 * When to read the page is the read policy's call (readPolicy.ts), fed by the one observer (watch.ts);
 * what a host's fields and statuses need comes in as parts (parts.ts): the field work (fieldWork.ts)
 * where a page checks a field, the certificate reader where one shows a status. Everything is
 * registered through WXT's ContentScriptContext, so an orphaned script (extension reloaded or
 * updated) stops and removes its overlay.
 */
import { h } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayModel } from '../../components/model';
import { Panel, panelCss, type PanelActions, type PanelParts } from '../../components/Panel';
import { overlayView, tabSummary, type OverlayView, type TabSummary, type ViewKit } from '../../components/viewModel';
import type { AgencyProfile, AgencySource } from '../../rules/contacts';
import { currentScreen, detect, NO_PAGE, sameState, type PageState } from '../../rules/engine/detect';
import type { FieldId } from '../../rules/fields/types';
import { isLoading } from '../../rules/engine/loading';
import { takeSnapshot } from '../../rules/engine/snapshot';
import { LOCALES, t, type Locale } from '../../rules/locales/overlay';
import { AgencyChoice } from './agencyChoice';
import { Announcer } from './announcer';
import { smallWindow } from './dock';
import type { FieldWork } from './fieldWork';
import { copyHelpCode, type ShownCode } from './helpCodeCopy';
import { switchLanguage } from './language';
import type { ControllerOptions, Settings } from './options';
import { mark, PanelHost } from './panelHost';
import { pageProbe, ReadPolicy } from './readPolicy';
import { Timers } from './timers';
import { watchPage, type PageWatch } from './watch';

export class Controller {
  private state: PageState = NO_PAGE;
  private view: OverlayView | null = null;
  private userCollapsed: boolean | null;
  private locale: Locale;
  private readonly agency: AgencyChoice;
  private shownCode: ShownCode | null = null;
  private loading = false; // the last snapshot showed a loading sign (rules/engine/loading.ts)
  private dead = false;
  private settingsIn: boolean;
  private shown = false; // the panel was drawn once (render)
  private watch: PageWatch | null = null;
  /** The field last typed in while its judging waits for the next paint (onInput). */
  private typedIn: FieldId | null = null;
  private readonly fields: FieldWork | null;
  private readonly panel: PanelHost;
  private readonly timers: Timers;
  private readonly policy: ReadPolicy;
  private readonly announcer: Announcer;
  private readonly viewKit: ViewKit;
  private readonly panelParts: PanelParts;
  private readonly actions: PanelActions;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly opts: ControllerOptions,
  ) {
    const { kit, parts } = opts;
    this.settingsIn = opts.settings !== null;
    this.userCollapsed = opts.settings?.collapsed ?? null;
    this.locale = opts.settings?.locale ?? LOCALES[0]!;
    this.agency = new AgencyChoice(opts.settings?.agency, opts.settings ? (opts.settings.agencySource ?? 'local') : 'default', opts.saveAgency, parts.status?.offer);
    this.viewKit = { pages: kit.pages, status: parts.status };
    this.panelParts = { Findings: parts.fields?.Findings, GuardSection: parts.fields?.GuardSection, StatusCard: parts.status?.StatusCard, AgencyOffer: parts.status?.AgencyOffer };
    this.panel = new PanelHost(doc, panelCss + (parts.fields?.css ?? '') + (parts.status?.css ?? ''), opts.owner);
    this.timers = new Timers(doc.defaultView!, () => !this.dead && !this.ctx.isInvalid);
    this.announcer = new Announcer(this.timers, () => this.render());
    const isPerson = opts.isPerson ?? ((e: Event) => e.isTrusted);
    this.fields = parts.fields
      ? new parts.fields.Work(doc, this.agency.agency, kit.fields, {
          screen: () => this.screen(),
          show: () => this.render(),
          host: () => this.panel.host,
          root: () => this.panel.root,
          isPerson,
        })
      : null;
    const values = [...(parts.fields?.values() ?? []), ...(parts.status?.values() ?? [])];
    this.policy = new ReadPolicy(this.timers, doc, pageProbe(doc, kit.pages, values), {
      read: () => this.scan(),
      // "Looks different" depends on settling, not only on the detected state.
      settled: () => this.state.page && this.render(),
      watchContent: (on) => this.watch?.watchContent(on),
      own: () => this.panel.host,
      page: () => ({
        known: this.state.page !== null,
        complete: this.state.page === null || this.state.missing.length === 0,
        loading: this.loading || this.doc.readyState !== 'complete',
      }),
    });
    const fields = this.fields;
    this.actions = {
      isPerson: opts.isPerson,
      onToggle: () => this.toggle(),
      onLocale: () => this.switchLocale(),
      onSubmitAnyway: () => fields?.release(),
      onDismissGuard: () => fields?.dismiss(),
      onCopyCode: opts.helpCode ? () => this.copyCode() : undefined,
      onAgencyOffer: (accept) => this.agency.answer(accept) && this.agencyChanged(),
    };
  }

  start(): void {
    this.panel.removePredecessors();
    const fields = this.fields;
    this.watch = watchPage(this.ctx, this.doc, {
      changed: (navigation, records) => (navigation ? this.policy.navigated() : this.policy.mutated(records)),
      own: () => this.panel.host,
      place: () => this.panel.place(),
      placeSoon: (focus) => this.panel.placeSoon(focus),
      input: (e) => this.onInput(e),
      click: (e) => this.live() && fields?.click(e),
      submit: (e) => this.live() && fields?.submit(e),
      activationEnded: (e) => fields?.activationEnded(e),
    });
    this.ctx.onInvalidated(() => this.destroy());
    this.policy.start();
  }

  /** The user's settings, read from storage while the first snapshot was taken: the first render. */
  applySettings(s: Settings): void {
    this.userCollapsed = s.collapsed;
    this.locale = s.locale;
    this.settingsIn = true;
    this.setAgency(s.agency, s.agencySource ?? 'local');
    if (this.state.page) this.render();
  }

  /** The profile in force and who chose it (a profile set by policy arrives late: managed storage can be slow). */
  setAgency(profile: AgencyProfile, source: AgencySource = 'local'): void {
    if (this.agency.set(profile, source)) this.agencyChanged();
  }

  /** The built-in agency profiles (from the background): a certificate page is read again for the offer, while nobody chose. */
  knowAgencies(profiles: readonly AgencyProfile[]): void {
    if (this.agency.know(profiles) && this.ruleOf(this.state.page)?.status) this.scan();
  }

  /** What the popup shows about this tab: ids and counts only, from the panel's own view model. */
  summary(): TabSummary {
    return tabSummary(this.state.page ? this.view : null);
  }

  destroy(): void {
    this.dead = true;
    this.policy.stop();
    this.watch?.stop();
    this.watch = null;
    this.timers.stopAll();
    this.unmount();
  }

  /** Detected a page and not replaced by a newer instance of the extension. */
  private readonly live = (): boolean => !this.dead && this.state.page !== null;

  private readonly ruleOf = (page: PageState['page']) => this.opts.kit.pages.find((r) => r.id === page);

  private screen() {
    const rule = this.ruleOf(this.state.page);
    return rule ? currentScreen(rule, this.state.step) : null;
  }

  /** One read of the page (the read policy says when). */
  scan(): void {
    if (this.dead) return;
    try {
      const snap = takeSnapshot(this.doc, this.panel.host);
      this.loading = isLoading(snap);
      const next = detect(this.doc.location.href, snap, { rules: this.opts.kit.pages, today: this.opts.now?.(), certificate: this.opts.parts.status?.certificate });
      // A new screen: a help code made on the last one no longer says where the user is.
      if (next.page !== this.state.page || next.step !== this.state.step) this.shownCode = null;
      this.fields?.enter(next, snap.rawText);
      if (!next.page) {
        this.state = next;
        this.unmount();
        return;
      }
      if (next.match === 'url+content' && next.missing.length === 0) this.policy.settled = true;
      const statusPage = !!this.ruleOf(next.page)?.status;
      // Read before the settings arrive too: a stored choice then clears it (AgencyChoice.set).
      const stateChanged = this.agency.read(statusPage, snap.rawText) || !sameState(next, this.state);
      this.state = next;
      const checked = this.fields?.read();
      if (stateChanged || checked?.changed || !this.panel.isMounted) this.render();
      else this.panel.ensureAttached();
      if (checked) this.announce(checked.announce.map((f) => f.field));
    } catch (err) {
      // Never throw into the page: a broken pass shows nothing new, the next mutation tries again.
      if (import.meta.env?.DEV) console.warn('[Pemandu TTE]', err);
    }
  }

  private agencyChanged(): void {
    this.fields?.setAgency(this.agency.agency, this.agency.locked);
    if (this.state.page) this.render();
  }

  /**
   * A keystroke only notes the field it landed in: judging and drawing wait until the frame that
   * shows the typed character is painted (Timers.afterPaint), and keys typed meanwhile are judged
   * together. A submit never waits for this: the guard judges the page as it is when clicked.
   */
  private onInput(e: Event): void {
    if (this.dead || !this.state.page || !this.fields || !(e.target instanceof Element)) return;
    const field = this.fields.touch(e.target);
    if (!field) return;
    const waiting = this.typedIn !== null;
    this.typedIn = field;
    if (waiting) return;
    const judge = () => this.judgeTyped();
    if (this.opts.afterPaint) this.opts.afterPaint(judge);
    else this.timers.afterPaint(judge);
  }

  private judgeTyped(): void {
    const field = this.typedIn;
    this.typedIn = null;
    if (this.dead || !this.state.page || !this.fields || !field) return;
    const typed = this.fields.judge();
    if (!typed.changed) return;
    // Scrolled into view when what it says is new, not on every key that changes a count in it.
    const fresh = typed.announce.some((f) => f.field === field);
    this.render(fresh ? field : undefined);
    this.announce(typed.announce.map((f) => f.field));
    mark('pemandu:verdict');
  }

  /** Says the new verdicts of these fields, as the panel (just drawn) words them, once typing pauses. */
  private announce(fields: readonly string[]): void {
    const said = this.view?.findings.filter((f) => fields.includes(f.field)) ?? [];
    if (said.length) this.announcer.findings(said.map((f) => `${f.name}: ${f.text}`).join(' '));
  }

  private toggle(): void {
    this.userCollapsed = !this.isCollapsed();
    this.opts.saveCollapsed(this.userCollapsed);
    this.render();
  }

  private switchLocale(): void {
    switchLanguage(this.locale, this.opts.loadLocale, (next) => {
      if (this.dead) return;
      this.locale = next;
      this.opts.saveLocale(next);
      this.render();
    });
  }

  private copyCode(): void {
    const findings = this.fields?.findings ?? [];
    copyHelpCode(this.opts, { state: this.state, findings, agency: this.agency.agency, locale: this.locale }, (shown) => {
      if (this.dead) return;
      this.shownCode = shown;
      this.announcer.say(t(this.locale, shown.copied ? 'copied' : 'copyFailed'));
    });
  }

  /** Default: expanded where there is room, a small button on phones. The user's choice wins. */
  private isCollapsed(): boolean {
    return !this.fields?.held && (this.userCollapsed ?? smallWindow(this.doc.defaultView));
  }

  private unmount(): void {
    this.view = null;
    this.panel.unmount();
  }

  /** `reveal`: a field whose finding is scrolled into view inside the panel. */
  render(reveal?: FieldId): void {
    if (!this.state.page || this.dead || !this.settingsIn) return;
    const held = this.fields?.held;
    const model: OverlayModel = {
      state: this.state,
      findings: [...(this.fields?.findings ?? [])],
      guard: held ? { button: held.label, problems: held.problems, mode: held.mode, inDialog: held.inDialog } : null,
      locale: this.locale,
      agency: this.agency.agency,
      agencyLocked: this.agency.locked,
      agencyOffer: this.agency.offer,
      settled: this.policy.settled,
      collapsed: this.isCollapsed(),
      canCopyCode: !!this.opts.helpCode,
      helpCode: this.shownCode,
    };
    this.view = overlayView(model, this.viewKit);
    const panel = h(Panel, { view: this.view, parts: this.panelParts, actions: this.actions, announcement: this.announcer.text });
    this.panel.render(panel, { page: this.state.page, step: this.state.step, status: this.state.status, lang: this.locale }, reveal);
    mark('pemandu:panel');
    if (this.shown) return;
    this.shown = true;
    // What only a shown panel needs waits until the first help is on screen.
    this.timers.afterPaint(() => {
      this.watch?.followPanel();
      this.opts.shown?.();
    });
  }
}
