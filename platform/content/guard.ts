/**
 * The submit guard: a click on the step's submitting button (or a form submit) while a field that
 * click submits is wrong does not reach the page; the overlay lists the problems and can let that
 * submit through. It never changes the user's input, and with no errors it does nothing at all.
 *
 * It never traps:
 * - a click is held only when the host says, after showing the held state, that "Tetap lanjutkan"
 *   is usable right now (see guardCheck.ts); otherwise the click goes through and the problems are
 *   shown without holding anything;
 * - a second, separate activation of the held button passes, so a keyboard user whose focus a
 *   page's dialog keeps away from the panel (a focus trap) can always send it;
 * - "Tetap lanjutkan" replays the click and also lets the person's next click on that button
 *   through until the step changes, for pages that ignore clicks a script makes.
 * Nothing it does may throw into the page.
 */
import type { EvaluatedFinding } from '../../rules/engine/evaluate';
import { buttonText } from '../../rules/engine/snapshot';
import { norm } from '../../rules/engine/text';

const CLICKABLE = 'button, [role="button"], input[type="submit"], input[type="button"], a';
const SUBMITTER = 'button:not([type]), button[type="submit"], input[type="submit"], input[type="image"]';
/** Text that may hold what the user typed: never read for a label. */
const TYPED = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/**
 * held: the click was held, "Tetap lanjutkan" lets it through. passed: it had problems but went
 * through (the panel was not usable). again: the held button was re-created by the page; the next
 * click on the equivalent button goes through.
 */
export type GuardMode = 'held' | 'passed' | 'again';

export interface GuardNotice {
  mode: GuardMode;
  /**
   * The submitting button as the rule names it ("Simpan", "Kirim Kode OTP"): never the page's own
   * text, which a page could fill with anything to speak through the panel.
   */
  label: string;
  problems: EvaluatedFinding[];
  /**
   * The held button sits in one of the page's dialogs, whose focus trap would pull focus straight
   * back: the panel then leaves focus where it is (the notice is still announced), and the user
   * sends the click by activating the button once more.
   */
  inDialog?: boolean;
}

/** A page's dialog: UI kits mark theirs so (Bootstrap, MUI, Ant Design), and the native element. */
const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

export interface GuardHost {
  /**
   * The rule's word for a submit by `el`: for a button, the step's submitting button it is (null:
   * not one); for a form submitted without one, its default button's, else the step's first.
   */
  submitWord(el: Element): string | null;
  /** The errors that should hold back a submit by `target` (its button, or a form) now (empty = let it pass). */
  problems(target: Element): EvaluatedFinding[];
  /** Shows the notice (null = none). For 'held': is "Tetap lanjutkan" usable now? May throw. */
  show(notice: GuardNotice | null): boolean;
  /** Clicks inside the overlay itself are never judged. */
  isOwn(el: Element): boolean;
  /** A person's own input (event.isTrusted), not a page script's: only that releases a held click. */
  isPerson(e: Event): boolean;
}

interface Held {
  element: Element;
  /** Its form when held: once the page re-creates the element, it may no longer say. */
  form: HTMLFormElement | null;
  /** The rule's word for it (shown). */
  label: string;
  /** The page's own label for it, to know its equivalent when the page re-creates it (never shown). */
  key: string;
  problems: EvaluatedFinding[];
  /** A key or pointer was released since the hold: the next activation is a new one, not the same press repeating. */
  fresh: boolean;
}

/** What "Tetap lanjutkan" lets through: the replayed click, then the person's next click on this element or its equivalent. */
interface Bypass {
  element: Element;
  key: string;
  form: HTMLFormElement | null;
}

export class SubmitGuard {
  private held: Held | null = null;
  private notice: GuardNotice | null = null;
  private bypass: Bypass | null = null;
  /** The guard's own replay of a released click is under way (dispatch is synchronous). */
  private replaying = false;

  constructor(private readonly host: GuardHost) {}

  onClick(e: Event): void {
    try {
      const target = e.target as Element | null;
      if (!target?.closest || this.host.isOwn(target)) return;
      const button = target.closest(CLICKABLE);
      const word = button && this.host.submitWord(button);
      if (button && word) this.judge(e, button, word);
    } catch {
      // Never into the page: an unjudged click simply goes through.
    }
  }

  onSubmit(e: SubmitEvent): void {
    try {
      // A submit with a submitter came from a click, already judged (or not watched) in onClick.
      // (Some DOMs report the form itself as the submitter of a button-less submit.)
      if (e.submitter && e.submitter !== e.target) return;
      const form = e.target as HTMLFormElement | null;
      const word = form?.localName === 'form' && this.host.submitWord(form);
      if (form && word) this.judge(e, form, word);
    } catch {
      // As above.
    }
  }

  /** A key or pointer was let go: a later activation of the held button is a separate one. */
  activationEnded(e: Event): void {
    if (this.held && this.host.isPerson(e)) this.held.fresh = true;
  }

  /**
   * "Tetap lanjutkan": the held click is replayed (if the page re-created its button, the user is
   * asked to click again), and the person's next click on the equivalent button passes until the
   * step changes, in case the page ignored a click no person made.
   */
  release(): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    this.bypass = { element: held.element, key: held.key, form: held.form };
    if (!held.element.isConnected) {
      this.setNotice({ mode: 'again', label: held.label, problems: [] });
      return;
    }
    this.setNotice(null);
    this.replaying = true;
    try {
      if (held.element.localName === 'form') (held.element as HTMLFormElement).requestSubmit();
      else (held.element as HTMLElement).click();
    } finally {
      this.replaying = false;
    }
  }

  /** "Perbaiki dulu": closes the notice; returns its problems (the first field gets the focus). */
  dismiss(): EvaluatedFinding[] {
    const problems = this.notice?.problems ?? [];
    this.held = null;
    this.setNotice(null);
    return problems;
  }

  /** The page or step changed: nothing held, no pass pending. The host clears its own notice. */
  reset(): void {
    this.held = null;
    this.notice = null;
    this.bypass = null;
  }

  private judge(e: Event, element: Element, label: string): void {
    if (this.replaying) return;
    const person = this.host.isPerson(e);
    const pass = this.bypass;
    if (pass && person && equivalent(element, pass)) {
      this.bypass = null;
      if (this.notice) this.setNotice(null);
      return;
    }
    const held = this.held;
    if (held && person && equivalent(element, held)) {
      // Activated again after letting go (not the second click of a double click): the person means it.
      if (held.fresh && ((e as MouseEvent).detail ?? 0) <= 1) {
        this.held = null;
        this.setNotice(null);
        return;
      }
      // The same press repeating (a key held down, a double click): still held.
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    const problems = this.host.problems(element);
    if (problems.length === 0) {
      // A stale notice ("click again", or problems since fixed) must not stay.
      if (this.notice) this.setNotice(null);
      return;
    }
    let usable = false;
    try {
      this.held = { element, form: formOf(element), label, key: norm(submitLabel(element)), problems, fresh: false };
      this.notice = { mode: 'held', label, problems, ...(element.closest(DIALOG) ? { inDialog: true } : {}) };
      usable = this.host.show(this.notice) === true;
    } catch {
      usable = false;
    }
    if (usable) {
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    // No usable way through: the click goes on; the problems are still shown, without holding.
    this.held = null;
    if (!this.setNotice({ mode: 'passed', label, problems })) this.setNotice(null);
  }

  /** Shows a notice; false when showing it threw. */
  private setNotice(notice: GuardNotice | null): boolean {
    this.notice = notice;
    try {
      this.host.show(notice);
      return true;
    } catch {
      return false;
    }
  }
}

function formOf(el: Element): HTMLFormElement | null {
  if (el.localName === 'form') return el as HTMLFormElement;
  return (el as HTMLButtonElement).form ?? el.closest('form');
}

/** Some stable name of a form that a re-render keeps: id, name or action. */
const formKey = (f: HTMLFormElement | null) => (f ? f.id || f.getAttribute('name') || f.getAttribute('action') || '' : null);

/**
 * The same button for the user: the element itself, or one with the same label in the same form
 * (or a re-created form with the same id / name / action), or with no form on either side.
 */
function equivalent(el: Element, to: { element: Element; key: string; form: HTMLFormElement | null }): boolean {
  if (el === to.element) return true;
  if (norm(submitLabel(el)) !== to.key) return false;
  const form = formOf(el);
  if (form === to.form) return true;
  return !!form && !!to.form && !to.form.isConnected && formKey(form) === formKey(to.form);
}

/** Text of a label-like element, unless it holds (or is) something the user can type into. */
function ownText(el: Element | null): string {
  if (!el || el.matches(TYPED) || el.querySelector(TYPED)) return '';
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
}

/**
 * A submit's own label, to tell its equivalent when the page re-creates it (never shown): a button's
 * own text; for a form, its default button's text, else its aria-label / aria-labelledby, legend or
 * heading. Never a form's whole text: it can hold what was typed (a text area's text, an editable box).
 */
export function submitLabel(el: Element): string {
  if (el.localName !== 'form') return buttonText(el);
  const form = el as HTMLFormElement;
  const button = Array.from(form.elements ?? []).find((c) => c.matches(SUBMITTER));
  const text = button ? buttonText(button) : '';
  if (text) return text;
  const aria = form.getAttribute('aria-label')?.replace(/\s+/g, ' ').trim();
  if (aria) return aria.slice(0, 120);
  const by = (form.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const named = by.map((id) => ownText(form.ownerDocument.getElementById(id))).filter(Boolean).join(' ');
  if (named) return named.slice(0, 120);
  return ownText(form.querySelector('legend')) || ownText(form.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]'));
}

/** Which of the screen's submitting buttons `el` is, by its visible label ("Simpan", "Kirim Kode OTP"): the rule's word, or null. */
export function submitButtonOf(el: Element, submitButtons: readonly string[]): string | null {
  const label = submitButtons.length > 0 ? norm(buttonText(el)) : '';
  if (!label) return null;
  return (
    submitButtons.find((b) => {
      const want = norm(b);
      return label === want || label.startsWith(want + ' ') || label.endsWith(' ' + want);
    }) ?? null
  );
}

/**
 * The rule's word for a submit by `el` (a button, or a form sent without one): the button's, the
 * form's default button's, else the screen's first submitting button's. Null: not a submit of this screen.
 */
export function submitWordOf(el: Element, submitButtons: readonly string[]): string | null {
  if (el.localName !== 'form') return submitButtonOf(el, submitButtons);
  const button = Array.from((el as HTMLFormElement).elements ?? []).find((c) => c.matches(SUBMITTER));
  return (button && submitButtonOf(button, submitButtons)) || submitButtons[0] || null;
}
