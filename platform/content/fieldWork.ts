/**
 * Everything a host whose pages check fields does on top of the overlay: find the screen's fields,
 * judge them as the user types (rules/engine/session.ts), and hold a submit with errors
 * (guard.ts). Only such a host's content script carries it (fieldPart.ts); the controller asks it
 * through the FieldWork interface, and a host without fields has none.
 */
import type { AgencyProfile } from '../../rules/contacts';
import type { EvaluatedFinding, FieldDefs } from '../../rules/engine/evaluate';
import { Session } from '../../rules/engine/session';
import type { FieldId } from '../../rules/fields/types';
import type { FieldRule, PageRule } from '../../rules/schema';
import { heldFor } from './concerns';
import { FieldElements } from './fieldElements';
import { submitWordOf, SubmitGuard, type GuardNotice } from './guard';
import { guardUnusable } from './guardCheck';

/** What the field work asks of the overlay around it. */
export interface FieldHooks {
  /** The screen in force: its fields and submitting buttons (null: no page). */
  screen(): Pick<PageRule, 'fields' | 'submitButtons'> | null;
  /** The guard's notice changed: draw it. */
  show(notice: GuardNotice | null): void;
  /** Our host and its shadow root: clicks inside are ours, and "Tetap lanjutkan" must be usable there. */
  host(): HTMLElement | undefined;
  root(): ShadowRoot | undefined;
  isPerson(e: Event): boolean;
}

export class FieldWork {
  held: GuardNotice | null = null;
  private readonly session: Session;
  private readonly elements: FieldElements;
  private readonly guard: SubmitGuard;

  constructor(doc: Document, agency: AgencyProfile, defs: FieldDefs, private readonly hooks: FieldHooks) {
    this.session = new Session(agency, defs);
    this.elements = new FieldElements(doc);
    this.guard = new SubmitGuard({
      submitWord: (el) => submitWordOf(el, hooks.screen()?.submitButtons ?? []),
      problems: (target) => {
        // A submit is rare and decisive: match the page as it is this instant, not as last read.
        const fields = this.fields();
        this.elements.refresh(fields);
        return heldFor(target, this.session.submitProblems(fields, this.elements.values()), fields, this.elements.elements());
      },
      show: (notice) => {
        this.held = notice;
        hooks.show(notice);
        // Held only if "Tetap lanjutkan" can be clicked right now (guardCheck.ts): never a trap.
        return notice?.mode === 'held' && guardUnusable(hooks.host(), hooks.root()) === null;
      },
      isOwn: (el) => !!hooks.host()?.contains(el),
      isPerson: (e) => hooks.isPerson(e),
    });
  }

  get findings(): readonly EvaluatedFinding[] {
    return this.session.findings;
  }

  private fields(): readonly FieldRule[] {
    return this.hooks.screen()?.fields ?? [];
  }

  setAgency(agency: AgencyProfile, locked: boolean): void {
    this.session.setAgency(agency, locked);
  }

  /** A page read: the screen as detected, with its text. A new screen forgets edits and any held click. */
  enter(screen: { page: string | null; step: string | null }, rawText: string): void {
    if (!this.session.enter(screen, rawText)) return;
    this.held = null;
    this.guard.reset();
  }

  /**
   * Matches the screen's fields in the page as it is now and judges them. Returns the findings that
   * are new to say (empty: nothing changed) and whether the visible findings changed.
   */
  read(): { changed: boolean; announce: EvaluatedFinding[] } {
    const fields = this.fields();
    // Matched once per read; typing and the guard reuse these elements (fieldElements.ts).
    this.elements.refresh(fields);
    return this.session.typing(fields, this.elements.values());
  }

  /**
   * An input or change event: the field typed in, now touched (null: none of ours). At once, so a
   * click that follows within the same frame is judged with it (a pre-filled field that the user
   * did not touch never holds a submit).
   */
  touch(target: Element): FieldId | null {
    const field = this.elements.fieldFor(target);
    if (field) this.session.touch(field);
    return field;
  }

  /** What the screen's checks say now, after typing (`touch`). */
  judge(): { changed: boolean; announce: EvaluatedFinding[] } {
    return this.session.typing(this.fields(), this.elements.values());
  }

  click(e: Event): void {
    this.guard.onClick(e);
  }

  submit(e: SubmitEvent): void {
    this.guard.onSubmit(e);
  }

  activationEnded(e: Event): void {
    this.guard.activationEnded(e);
  }

  /** "Tetap lanjutkan": the held click goes on. */
  release(): void {
    this.guard.release();
  }

  /** "Perbaiki dulu": the notice goes, focus goes to the first field that needs fixing. */
  dismiss(): void {
    const first = this.guard.dismiss()[0];
    if (first) this.elements.elements().get(first.field)?.[0]?.focus();
  }
}
