/**
 * The panel's place in the page: mounts the <pemandu-tte> host on first use, renders into its
 * shadow root, re-attaches it when the page removed it, and docks it where it covers nothing.
 */
import { render, type ComponentChild } from 'preact';
import { mountHost, type Mounted } from '../../components/mount';
import { HOST_TAG } from '../../rules/engine/snapshot';
import { dock, pageLayout, type PageLayout } from './dock';
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

  constructor(
    private readonly doc: Document,
    private readonly css: string,
  ) {}

  get host(): HTMLElement | undefined {
    return this.mounted?.host;
  }

  get container(): HTMLElement | undefined {
    return this.mounted?.container;
  }

  get isMounted(): boolean {
    return this.mounted !== null;
  }

  /**
   * Re-attaches a host the page removed. False when a newer instance of the extension took over
   * (its host is in the page): this instance must then stop.
   */
  ensureAttached(): boolean {
    if (!this.mounted || this.mounted.host.isConnected) return true;
    if (this.doc.querySelector(HOST_TAG)) return false;
    this.doc.documentElement.append(this.mounted.host);
    return true;
  }

  /** Renders the panel; false when a newer instance took over (nothing rendered). */
  render(panel: ComponentChild, attrs: HostAttributes): boolean {
    // The page's controls are measured before the panel changes, so no layout of the panel is forced.
    const page = pageLayout(this.doc);
    if (!this.mounted) this.mounted = mountHost(this.doc, this.css, 'panel');
    if (!this.ensureAttached()) return false;
    const host = this.mounted.host;
    host.setAttribute('data-page', attrs.page);
    toggleAttr(host, 'data-step', attrs.step);
    toggleAttr(host, 'data-status', attrs.status);
    host.setAttribute('lang', attrs.lang);
    render(panel, this.mounted.container);
    this.place(page);
    return true;
  }

  unmount(): void {
    if (!this.mounted) return;
    render(null, this.mounted.container);
    this.mounted.host.remove();
    this.mounted = null;
  }

  /** Keeps a finding visible inside the (scrolling) panel, never scrolling the page. */
  reveal(field: string): void {
    const container = this.mounted?.container;
    const el = container?.querySelector<HTMLElement>(`[data-field="${field}"]`);
    if (el && container) revealInside(el, container);
  }

  /** Docks on the next frame: scrolling and focus changes come in bursts. */
  placeSoon(): void {
    if (this.frame || !this.mounted) return;
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

function toggleAttr(el: Element, name: string, value: string | null): void {
  if (value) el.setAttribute(name, value);
  else el.removeAttribute(name);
}

/** A performance mark for the benchmark (npm run bench); one entry per name, so nothing accumulates. */
export function mark(name: string): void {
  try {
    performance.clearMarks(name);
    performance.mark(name);
  } catch {
    // No User Timing here (old engine or a locked-down page): the benchmark falls back to polling.
  }
}
