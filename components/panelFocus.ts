import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Keyboard use of the panel (issue 12): Escape folds the panel away and gives focus back to the
 * page element it came from, so a keyboard user goes on where they were; the "–" and "TTE"
 * buttons hand focus to each other, so it never falls back to the top of the page.
 */
export interface PanelFocus {
  /** Use instead of onToggle on the "–" and "TTE" buttons. */
  toggle(): void;
  onKeyDown(e: KeyboardEvent): void;
  onFocusIn(e: FocusEvent): void;
  fabRef: RefObject<HTMLButtonElement>;
  collapseRef: RefObject<HTMLButtonElement>;
}

export function usePanelFocus(onToggle: () => void, collapsed: boolean): PanelFocus {
  const fabRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  /** The page element focus was on before it entered the panel. */
  const cameFrom = useRef<HTMLElement | null>(null);
  /** Which of our buttons takes focus after the next toggle (only when focus was in the panel). */
  const next = useRef<'fab' | 'collapse' | null>(null);

  useEffect(() => {
    const target = next.current === 'fab' ? fabRef.current : next.current === 'collapse' ? collapseRef.current : null;
    next.current = null;
    target?.focus();
  }, [collapsed]);

  const hasFocus = (el: HTMLElement | null) => !!el && (el.getRootNode() as Document | ShadowRoot).activeElement === el;

  return {
    fabRef,
    collapseRef,
    toggle() {
      if (collapsed ? hasFocus(fabRef.current) : hasFocus(collapseRef.current)) next.current = collapsed ? 'collapse' : 'fab';
      onToggle();
    },
    onKeyDown(e) {
      if (e.key !== 'Escape' || collapsed || e.defaultPrevented) return;
      e.preventDefault();
      const back = cameFrom.current;
      cameFrom.current = null;
      if (back?.isConnected) back.focus();
      // Nowhere to go back to (focus began in the panel): the "TTE" button keeps it.
      if (!back?.isConnected || back.ownerDocument.activeElement !== back) next.current = 'fab';
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
