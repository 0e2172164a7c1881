/**
 * The submit guard: a click on the step's submitting button (or a form submit) while a checked
 * field is wrong does not reach the page; the overlay lists the problems and can let that one
 * submit through. It never changes the user's input, and with no errors it does nothing at all.
 *
 * It never traps: a click is held only when the host says, after showing the held state, that
 * "Tetap lanjutkan" is usable right now (see guardCheck.ts); otherwise the click goes through and
 * the problems are shown without holding anything. Nothing it does may throw into the page.
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
  /** The button's (or form's) own label: portal copy, never page text the user typed. */
  label: string;
  problems: EvaluatedFinding[];
}

export interface GuardHost {
  /** Is this one of the current step's submitting buttons? */
  isSubmitButton(el: Element): boolean;
  /** The errors that should hold a submit back now (empty = let it pass). */
  problems(): EvaluatedFinding[];
  /** Shows the notice (null = none). For 'held': is "Tetap lanjutkan" usable now? May throw. */
  show(notice: GuardNotice | null): boolean;
  /** Clicks inside the overlay itself are never judged. */
  isOwn(el: Element): boolean;
}

interface Held {
  element: Element;
  /** Its form when held: once the page re-creates the element, it may no longer say. */
  form: HTMLFormElement | null;
  label: string;
  problems: EvaluatedFinding[];
}

/** What the one pass after "Tetap lanjutkan" lets through: this element or its equivalent. */
interface Bypass {
  element: Element;
  label: string;
  form: HTMLFormElement | null;
  /** The held element was gone: the user was asked to click again. */
  again: boolean;
}

export class SubmitGuard {
  private held: Held | null = null;
  private notice: GuardNotice | null = null;
  private bypass: Bypass | null = null;

  constructor(private readonly host: GuardHost) {}

  onClick(e: Event): void {
    try {
      const target = e.target as Element | null;
      if (!target?.closest || this.host.isOwn(target)) return;
      const button = target.closest(CLICKABLE);
      if (button && this.host.isSubmitButton(button)) this.judge(e, button);
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
      if (form?.localName === 'form') this.judge(e, form);
    } catch {
      // As above.
    }
  }

  /** "Tetap lanjutkan": the held click goes through once, or, if the page re-created its button, the next equivalent click. */
  release(): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    const gone = !held.element.isConnected;
    this.bypass = { element: held.element, label: norm(held.label), form: held.form, again: gone };
    if (gone) {
      this.setNotice({ mode: 'again', label: held.label, problems: [] });
      return;
    }
    this.setNotice(null);
    if (held.element.localName === 'form') (held.element as HTMLFormElement).requestSubmit();
    else (held.element as HTMLElement).click();
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

  private judge(e: Event, element: Element): void {
    const pass = this.bypass;
    this.bypass = null;
    if (pass && equivalent(element, pass)) {
      if (this.notice) this.setNotice(null);
      return;
    }
    const problems = this.host.problems();
    if (problems.length === 0) {
      // A stale notice ("click again", or problems since fixed) must not stay.
      if (this.notice) this.setNotice(null);
      return;
    }
    const label = submitLabel(element) || 'Submit';
    let usable = false;
    try {
      this.held = { element, form: formOf(element), label, problems };
      this.notice = { mode: 'held', label, problems };
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
function equivalent(el: Element, pass: Bypass): boolean {
  if (el === pass.element) return true;
  if (norm(submitLabel(el)) !== pass.label) return false;
  const form = formOf(el);
  if (form === pass.form) return true;
  return !!form && !!pass.form && !pass.form.isConnected && formKey(form) === formKey(pass.form);
}

/** Text of a label-like element, unless it holds (or is) something the user can type into. */
function ownText(el: Element | null): string {
  if (!el || el.matches(TYPED) || el.querySelector(TYPED)) return '';
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
}

/**
 * A submit's label for the guard, from portal copy only: a button's own text; for a form, its
 * default button's text, else its aria-label / aria-labelledby, legend or heading. Never a form's
 * whole text: it can hold what was typed (a text area's text, an editable box).
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

/** Is `el` one of the screen's submitting buttons (by its visible label, e.g. "Simpan", "Kirim Kode OTP")? */
export function isSubmitButtonOf(el: Element, submitButtons: readonly string[]): boolean {
  const label = submitButtons.length > 0 ? norm(buttonText(el)) : '';
  if (!label) return false;
  return submitButtons.some((b) => {
    const want = norm(b);
    return label === want || label.startsWith(want + ' ') || label.endsWith(' ' + want);
  });
}
