import { createRef } from 'preact';

/**
 * Keyboard use of the panel: Escape folds the panel away and gives focus back to the page element
 * it came from, so a keyboard user goes on where they were; the "–" and "TTE" buttons hand focus to
 * each other, so it never falls back to the top of the page. Held by the panel (Panel.tsx), which
 * calls `rendered` right after each render.
 */
export class PanelFocus {
  readonly fabRef = createRef<HTMLButtonElement>();
  readonly collapseRef = createRef<HTMLButtonElement>();
  /** The page element focus was on before it entered the panel. */
  private cameFrom: HTMLElement | null = null;
  /**
   * Which of our buttons takes focus, and in which state of the panel (only when focus was on the
   * toggle). Tied to that state: a request is taken only by the render that shows it.
   */
  private next: { to: 'fab' | 'collapse'; collapsed: boolean } | null = null;

  /** `now`: the panel's toggle, whether it is folded, and whether an event is a person's own input (only that may fold it). */
  constructor(private readonly now: () => { onToggle(): void; collapsed: boolean; isPerson(e: Event): boolean }) {}

  /**
   * Right after the render that swapped the buttons (componentDidUpdate runs in the same commit):
   * the toggle that had focus is gone, and nothing else may run before focus moves.
   */
  rendered(collapsed: boolean): void {
    const want = this.next;
    if (!want || want.collapsed !== collapsed) return;
    this.next = null;
    const target = want.to === 'fab' ? this.fabRef.current : this.collapseRef.current;
    // Never take focus from where the user (or the page) has put it meanwhile.
    if (target && focusIsLost(target)) target.focus();
  }

  /** Use instead of onToggle on the "–" and "TTE" buttons (their click event: a person's only). */
  toggle = (e: Event): void => {
    const { onToggle, collapsed, isPerson } = this.now();
    if (!isPerson(e)) return;
    const had = collapsed ? hasFocus(this.fabRef.current) : hasFocus(this.collapseRef.current);
    this.next = had ? { to: collapsed ? 'collapse' : 'fab', collapsed: !collapsed } : null;
    onToggle();
  };

  onKeyDown = (e: KeyboardEvent): void => {
    const { onToggle, collapsed, isPerson } = this.now();
    if (e.key !== 'Escape' || collapsed || e.defaultPrevented || !isPerson(e)) return;
    e.preventDefault();
    const back = this.cameFrom;
    this.cameFrom = null;
    if (back?.isConnected) back.focus();
    // Nowhere to go back to (focus began in the panel): the "TTE" button keeps it.
    const backHasFocus = !!back?.isConnected && back.ownerDocument.activeElement === back;
    this.next = backHasFocus ? null : { to: 'fab', collapsed: true };
    onToggle();
  };

  onFocusIn = (e: FocusEvent): void => {
    // relatedTarget is where focus was; inside our shadow root it is one of our own elements.
    const from = e.relatedTarget as HTMLElement | null;
    const root = e.currentTarget as HTMLElement;
    if (from && !root.contains(from)) this.cameFrom = from;
  };
}

const hasFocus = (el: HTMLElement | null) => !!el && (el.getRootNode() as Document | ShadowRoot).activeElement === el;

/** Focus is nowhere (the button that had it was removed): on the page's body, or on our host with nothing inside. */
function focusIsLost(el: HTMLElement): boolean {
  const doc = el.ownerDocument;
  const active = doc.activeElement;
  if (!active || active === doc.body || active === doc.documentElement) return true;
  const root = el.getRootNode();
  return root instanceof ShadowRoot && active === root.host && !root.activeElement;
}
