import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Keyboard use of the panel (issue 12): Escape folds the panel away and gives focus back to the
 * page element it came from, so a keyboard user goes on where they were; the "–" and "TTE"
 * buttons hand focus to each other, so it never falls back to the top of the page.
 */
export interface PanelFocus {
  /** Use instead of onToggle on the "–" and "TTE" buttons (their click event: a person's only). */
  toggle(e: Event): void;
  onKeyDown(e: KeyboardEvent): void;
  onFocusIn(e: FocusEvent): void;
  fabRef: RefObject<HTMLButtonElement>;
  collapseRef: RefObject<HTMLButtonElement>;
}

/** `isPerson`: whether an event is a person's own input (only that may fold the panel). */
export function usePanelFocus(onToggle: () => void, collapsed: boolean, isPerson: (e: Event) => boolean): PanelFocus {
  const fabRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  /** The page element focus was on before it entered the panel. */
  const cameFrom = useRef<HTMLElement | null>(null);
  /**
   * Which of our buttons takes focus, and in which state of the panel (only when focus was on the
   * toggle). Tied to that state: a request is taken only by the render that shows it.
   */
  const next = useRef<{ to: 'fab' | 'collapse'; collapsed: boolean } | null>(null);

  // A layout effect, in the same render() that swapped the buttons: the toggle that had focus is
  // gone, and nothing else may run before focus moves. (A useEffect waits for the next frame, which
  // a slow or busy computer delays; one still waiting when the user pressed TTE ran at the start of
  // that render, took its request and found no "–" to focus: focus fell to the top of the page.)
  useLayoutEffect(() => {
    const want = next.current;
    if (!want || want.collapsed !== collapsed) return;
    next.current = null;
    const target = want.to === 'fab' ? fabRef.current : collapseRef.current;
    // Never take focus from where the user (or the page) has put it meanwhile.
    if (target && focusIsLost(target)) target.focus();
  }, [collapsed]);

  const hasFocus = (el: HTMLElement | null) => !!el && (el.getRootNode() as Document | ShadowRoot).activeElement === el;

  return {
    fabRef,
    collapseRef,
    toggle(e) {
      if (!isPerson(e)) return;
      const had = collapsed ? hasFocus(fabRef.current) : hasFocus(collapseRef.current);
      next.current = had ? { to: collapsed ? 'collapse' : 'fab', collapsed: !collapsed } : null;
      onToggle();
    },
    onKeyDown(e) {
      if (e.key !== 'Escape' || collapsed || e.defaultPrevented || !isPerson(e)) return;
      e.preventDefault();
      const back = cameFrom.current;
      cameFrom.current = null;
      if (back?.isConnected) back.focus();
      // Nowhere to go back to (focus began in the panel): the "TTE" button keeps it.
      const backHasFocus = !!back?.isConnected && back.ownerDocument.activeElement === back;
      next.current = backHasFocus ? null : { to: 'fab', collapsed: true };
      onToggle();
    },
    onFocusIn(e) {
      // relatedTarget is where focus was; inside our shadow root it is one of our own elements.
      const from = e.relatedTarget as HTMLElement | null;
      const root = e.currentTarget as HTMLElement;
      if (from && !root.contains(from)) cameFrom.current = from;
    },
  };
}

/** Focus is nowhere (the button that had it was removed): on the page's body, or on our host with nothing inside. */
function focusIsLost(el: HTMLElement): boolean {
  const doc = el.ownerDocument;
  const active = doc.activeElement;
  if (!active || active === doc.body || active === doc.documentElement) return true;
  const root = el.getRootNode();
  return root instanceof ShadowRoot && active === root.host && !root.activeElement;
}
