/**
 * What is remembered while the user moves through one portal flow, and the field checks made from
 * it. Pure (no DOM): the content script hands in the detected screen and the values it read at the
 * moment of checking; findings (reason codes, no values) come out.
 *
 * Remembered, in memory only and never stored: the NIK typed on the activation wizard (for the
 * NIK↔NIP birth-date check on a later step; dropped when the page changes), the employee type
 * (PNS / PPPK) once a NIP or the page text said it, and which fields the user edited on this screen
 * (what the portal pre-filled and the user left alone is never an error).
 */
import type { AgencyProfile } from '../contacts';
import type { EmployeeType, FieldId } from '../fields/types';
import type { FieldRule } from '../schema';
import { employeeTypeFromText } from './employee';
import { evaluateScreen, nipKind, type EvalContext, type EvaluatedFinding, type FieldDefs, type FieldValue } from './evaluate';

export type Mode = EvalContext['mode'];

export interface Screen {
  page: string | null;
  step: string | null;
}

export interface TypingResult {
  /** The visible findings differ from before (verdict, reason, counts or passphrase checklist). */
  changed: boolean;
  /** Findings whose reason is new: what a screen reader should hear. */
  announce: EvaluatedFinding[];
}

/** Everything shown about a finding, so a change in any of it re-renders. */
function findingsKey(fs: readonly EvaluatedFinding[]): string {
  return fs.map((f) => `${f.field}:${f.verdict}:${f.reason}:${JSON.stringify(f.params ?? {})}:${f.rules?.map((r) => +r.met).join('') ?? ''}`).join('|');
}

export class Session {
  private screen: Screen = { page: null, step: null };
  private earlierNik: string | undefined;
  private employeeType: EmployeeType | undefined;
  private readonly touchedFields = new Set<FieldId>();
  private shown: EvaluatedFinding[] = [];

  private agencyLocked = false;

  constructor(
    private agency: AgencyProfile,
    /** The field checks at hand (a host's kit's). */
    private readonly defs: FieldDefs,
  ) {}

  /** `locked`: the agency's IT set it by policy. */
  setAgency(agency: AgencyProfile, locked = false): void {
    this.agency = agency;
    this.agencyLocked = locked;
  }

  /** The findings last shown while typing. */
  get findings(): readonly EvaluatedFinding[] {
    return this.shown;
  }

  get touched(): ReadonlySet<FieldId> {
    return this.touchedFields;
  }

  /**
   * The page as detected now, with its visible text (for "PNS" / "PPPK"). Returns whether the
   * screen (page or wizard step) changed: edits belong to one screen, the NIK to one page.
   */
  enter(next: Screen, rawText: string): boolean {
    const changed = next.page !== this.screen.page || next.step !== this.screen.step;
    if (changed) {
      // The NIK is kept for the NIK↔NIP check across the wizard's own steps only.
      if (next.page !== this.screen.page) this.earlierNik = undefined;
      this.touchedFields.clear();
    }
    this.screen = { page: next.page, step: next.step };
    this.employeeType ??= employeeTypeFromText(rawText) ?? undefined;
    return changed;
  }

  /** The user edited this field (an input or change event). */
  touch(field: FieldId): void {
    this.touchedFields.add(field);
  }

  /** The one place the evaluation context is built, for typing and for submit alike. */
  private context(mode: Mode): EvalContext {
    return { agency: this.agency, agencyLocked: this.agencyLocked, employeeType: this.employeeType, earlierNik: this.earlierNik, mode, touched: this.touchedFields };
  }

  /** Checks the screen's fields as the user types and remembers what later steps need. */
  typing(fields: readonly FieldRule[], values: ReadonlyMap<FieldId, FieldValue>): TypingResult {
    if (fields.length === 0) {
      const changed = this.shown.length > 0;
      this.shown = [];
      return { changed, announce: [] };
    }
    const nik = values.get('nik');
    if (nik?.kind === 'text' && nik.value.trim()) this.earlierNik = nik.value;
    const nip = values.get('nip');
    if (nip?.kind === 'text') this.employeeType = nipKind(nip.value) ?? this.employeeType;
    const next = evaluateScreen(fields, values, this.context('typing'), this.defs);
    const changed = findingsKey(next) !== findingsKey(this.shown);
    const previous = new Map(this.shown.map((f) => [f.field, f.reason]));
    this.shown = next;
    return { changed, announce: changed ? next.filter((f) => previous.get(f.field) !== f.reason) : [] };
  }

  /**
   * The errors that hold a submit back: required boxes too, and (with `touched`) never what the
   * portal pre-filled and the user left alone.
   */
  submitProblems(fields: readonly FieldRule[], values: ReadonlyMap<FieldId, FieldValue>): EvaluatedFinding[] {
    if (fields.length === 0) return [];
    return evaluateScreen(fields, values, this.context('submit'), this.defs).filter((f) => f.verdict === 'error');
  }
}
