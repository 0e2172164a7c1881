/**
 * The panel's place in the page: mounts the <pemandu-tte> host on first use, renders into its
 * shadow root, re-attaches it when the page removed it, and docks it where it covers nothing. The
 * host is known by reference only: an element the page names <pemandu-tte> is page content.
 */
import { render, type ComponentChild } from 'preact';
import { mountHost, ownedHosts, type Mounted } from '../../components/mount';
import { BENCH_BUILD, E2E_BUILD } from '../build';
import { dock, NARROW, pageLayout, type PageLayout } from './dock';
import { revealInside } from './reveal';

export interface HostAttributes {
  page: string;
  step: string | null;
  status: string | null;
  lang: string;
}

export class PanelHost {
  private mounted: Mounted | null = null;
  private frame = 0;
  private revealing: IntersectionObserver | null = null;
  /** What the panel was last docked for (render). */
  private placed: Placement = NOT_PLACED;

  constructor(
    private readonly doc: Document,
    private readonly css: string,
    /** This extension's own URL (ownedHosts in components/mount.ts); absent, no predecessor is looked for. */
    private readonly owner?: string,
  ) {}

  /** Removes the hosts an unloaded earlier instance of this extension left in the page (never the page's own elements). */
  removePredecessors(): void {
    if (!this.owner) return;
    for (const el of ownedHosts(this.doc, this.owner)) if (el !== this.mounted?.host) el.remove();
  }

  get host(): HTMLElement | undefined {
    return this.mounted?.host;
  }

  get container(): HTMLElement | undefined {
    return this.mounted?.container;
  }

  /** The host's shadow root (closed in what ships: this reference is the only way in). */
  get root(): ShadowRoot | undefined {
    return this.mounted?.root;
  }

  get isMounted(): boolean {
    return this.mounted !== null;
  }

  /**
   * Re-attaches our host when the page removed it. Whatever else the page holds (another element
   * named <pemandu-tte> included) is the page's: only this extension's context ending (orphaned,
   * see start.ts) stops this instance.
   */
  ensureAttached(): void {
    if (this.mounted && !this.mounted.host.isConnected) this.doc.documentElement.append(this.mounted.host);
  }

  /** Renders the panel; `reveal`: a field whose finding must be in view inside the panel. */
  render(panel: ComponentChild, attrs: HostAttributes, reveal?: string): void {
    // The page's controls are measured before the panel changes, so no layout of the panel is forced.
    const page = pageLayout(this.doc);
    if (!this.mounted) this.mounted = mountHost(this.doc, this.css, 'panel', E2E_BUILD, this.owner);
    this.ensureAttached();
    const host = this.mounted.host;
    // The test contract (README): what page, step and status the panel is on, in the e2e build only.
    if (E2E_BUILD) {
      host.setAttribute('data-page', attrs.page);
      toggleAttr(host, 'data-step', attrs.step);
      toggleAttr(host, 'data-status', attrs.status);
    }
    host.setAttribute('lang', attrs.lang);
    render(panel, this.mounted.container);
    if (reveal) this.reveal(reveal);
    // Docked again only when what docking depends on changed: measuring the panel right after
    // rendering forces a layout inside a keystroke's work (scrolling, resizing and focus re-dock anyway).
    const root = this.mounted.container.firstElementChild as HTMLElement | null;
    const active = this.doc.activeElement;
    // The focused element weakly: a page that replaces its content must not keep the old one alive through us.
    const placing: Placement = { page, folded: root?.dataset.collapsed === 'true' ? (root.textContent ?? '') : null, focus: active ? new WeakRef(active) : null };
    if (!samePlacement(placing, this.placed)) {
      this.placed = placing;
      this.place(page);
    }
  }

  unmount(): void {
    this.revealing?.disconnect();
    this.revealing = null;
    this.placed = NOT_PLACED;
    if (!this.mounted) return;
    render(null, this.mounted.container);
    this.mounted.host.remove();
    this.mounted = null;
  }

  /**
   * Keeps a finding visible inside the (scrolling) panel, never scrolling the page. Asked of an
   * IntersectionObserver, which answers once the browser has laid the new finding out for its next
   * frame: measuring it here, just after rendering, would force that layout inside a keystroke's
   * work. Scrolled only when part of it is hidden.
   */
  private reveal(field: string): void {
    const container = this.mounted?.container;
    const el = container?.querySelector<HTMLElement>(`[data-field="${field}"]`);
    if (!el || !container) return;
    const Observer = this.doc.defaultView?.IntersectionObserver;
    if (!Observer) return revealInside(el, container);
    this.revealing?.disconnect();
    const seen = new Observer((entries) => {
      seen.disconnect();
      if (this.revealing === seen) this.revealing = null;
      if (el.isConnected && entries.some((e) => e.intersectionRatio < 1)) revealInside(el, container);
    });
    this.revealing = seen;
    seen.observe(el);
  }

  /**
   * Docks on the next frame: scrolling and focus changes come in bursts. `focus`: the focused field
   * changed, which moves only a phone's sheet (dock.ts); a wider window's panel stays where it is.
   */
  placeSoon(focus = false): void {
    if (this.frame || !this.mounted) return;
    if (focus && (this.doc.defaultView?.innerWidth ?? 0) >= NARROW) return;
    this.frame = this.doc.defaultView!.requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  /** `page`: the page's controls as measured before this render (dock.ts), else measured now. */
  place(page?: PageLayout | null): void {
    const root = this.mounted?.container.firstElementChild as HTMLElement | null | undefined;
    if (root) dock(root, this.doc, page);
  }
}

/**
 * What docking depends on: the viewport and the page's controls, whether the panel is folded (then
 * its button's words set its size), and the focused element (the phone sheet keeps clear of it).
 * The open panel's content does not move it: its size is fixed or capped.
 */
interface Placement {
  page: PageLayout | null;
  folded: string | null;
  focus: WeakRef<Element> | null;
}

const NOT_PLACED: Placement = { page: null, folded: null, focus: null };

/** Compared number by number (whole pixels), never through strings: nothing built per keystroke. */
function samePlacement(a: Placement, b: Placement): boolean {
  if (!a.page || !b.page || a.folded !== b.folded || a.focus?.deref() !== b.focus?.deref()) return false;
  const [p, q] = [a.page, b.page];
  if (p.viewport.w !== q.viewport.w || p.viewport.h !== q.viewport.h || p.obstacles.length !== q.obstacles.length) return false;
  const near = (x: number, y: number) => Math.abs(x - y) < 0.5;
  return p.obstacles.every((r, i) => {
    const o = q.obstacles[i]!;
    return near(r.x, o.x) && near(r.y, o.y) && near(r.w, o.w) && near(r.h, o.h);
  });
}

function toggleAttr(el: Element, name: string, value: string | null): void {
  if (value) el.setAttribute(name, value);
  else el.removeAttribute(name);
}

/**
 * A performance mark for the benchmark (npm run bench); one entry per name, so nothing accumulates.
 * Only in the benchmark's build: a page's monitoring scripts read User Timing.
 */
export function mark(name: string): void {
  if (!BENCH_BUILD) return;
  try {
    performance.clearMarks(name);
    performance.mark(name);
  } catch {
    // No User Timing here (old engine or a locked-down page): the benchmark falls back to polling.
  }
}
