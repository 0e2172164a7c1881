/**
 * The submit guard: a click on the step's submitting button (or a form submit) while a checked
 * field is wrong does not reach the page; the overlay lists the problems and can let that one
 * submit through. It never changes the user's input, and with no errors it does nothing at all.
 */
import type { ShownFinding } from '../../components/model';
import { buttonText } from '../../rules/engine/snapshot';

const CLICKABLE = 'button, [role="button"], input[type="submit"], input[type="button"], a';

export interface HeldSubmit {
  element: Element;
  label: string;
  problems: ShownFinding[];
}

export interface GuardHost {
  /** Is this one of the current step's submitting buttons? */
  isSubmitButton(el: Element): boolean;
  /** The errors that should hold a submit back now (empty = let it pass). */
  problems(): ShownFinding[];
  hold(held: HeldSubmit): void;
  /** Clicks inside the overlay itself are never judged. */
  isOwn(el: Element): boolean;
}

export class SubmitGuard {
  /** The one element whose next click or submit passes unjudged ("Tetap lanjutkan"). */
  private bypass: Element | null = null;

  constructor(private readonly host: GuardHost) {}

  onClick(e: Event): void {
    const target = e.target as Element | null;
    if (!target?.closest || this.host.isOwn(target)) return;
    const button = target.closest(CLICKABLE);
    if (button && this.host.isSubmitButton(button)) this.judge(e, button);
  }

  onSubmit(e: SubmitEvent): void {
    // A submit with a submitter came from a click, already judged (or not watched) in onClick.
    // (Some DOMs report the form itself as the submitter of a button-less submit.)
    if (e.submitter && e.submitter !== e.target) return;
    const form = e.target as HTMLFormElement | null;
    if (form) this.judge(e, form);
  }

  release(held: HeldSubmit): void {
    this.bypass = held.element;
    if (held.element instanceof HTMLFormElement) held.element.requestSubmit();
    else (held.element as HTMLElement).click();
  }

  private judge(e: Event, element: Element): void {
    if (this.bypass === element) {
      this.bypass = null;
      return;
    }
    this.bypass = null;
    const problems = this.host.problems();
    if (problems.length === 0) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    this.host.hold({ element, label: buttonText(element) || 'Submit', problems });
  }
}
