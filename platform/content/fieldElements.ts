/**
 * Finds the step's fields in the live page and reads their values for the validators, at the
 * moment of checking only. Matched once per page read (FieldElements); an input the page
 * re-created since is noticed and the fields matched again, so frameworks that re-render keep working.
 */
import { matchField } from '../../rules/engine/match';
import type { FieldValue } from '../../rules/engine/evaluate';
import { controlPrefix } from '../../rules/engine/prefix';
import { CONTROL_SELECTOR, controlLabels, createVisibility, describeControl } from '../../rules/engine/snapshot';
import { norm } from '../../rules/engine/text';
import type { FieldId } from '../../rules/fields/types';
import type { FieldRule } from '../../rules/schema';

export function findFieldElements(doc: Document, fields: readonly FieldRule[]): Map<FieldId, HTMLInputElement[]> {
  const found = new Map<FieldId, HTMLInputElement[]>();
  if (fields.length === 0) return found;
  const visible = createVisibility(doc.defaultView ?? window);
  for (const el of Array.from(doc.querySelectorAll<HTMLInputElement>(CONTROL_SELECTOR))) {
    if (!visible(el)) continue;
    const rule = matchField(describeControl(el, doc), fields);
    if (!rule) continue;
    const list = found.get(rule.field) ?? [];
    list.push(el);
    found.set(rule.field, list);
  }
  return found;
}

export function fieldOf(el: Element, fields: readonly FieldRule[]): FieldId | null {
  if (!el.matches?.(CONTROL_SELECTOR)) return null;
  return matchField(describeControl(el), fields)?.field ?? null;
}

/** The fields whose box's own label says it takes an email address too (FieldRule.orEmail). */
export function orEmailFields(found: ReadonlyMap<FieldId, HTMLInputElement[]>, fields: readonly FieldRule[]): Set<FieldId> {
  const out = new Set<FieldId>();
  for (const rule of fields) {
    const el = rule.orEmail && found.get(rule.field)?.[0];
    if (!el) continue;
    const labels = controlLabels(el).map(norm);
    if (rule.orEmail!.some((w) => labels.some((l) => l.includes(norm(w))))) out.add(rule.field);
  }
  return out;
}

/**
 * Values for one check, with what the page shows in a box in front of each text input ("+62") and
 * whether its label takes an email too. The returned map lives only as long as the caller's stack frame.
 */
export function readValues(found: ReadonlyMap<FieldId, HTMLInputElement[]>, orEmail: ReadonlySet<FieldId> = new Set()): Map<FieldId, FieldValue> {
  const values = new Map<FieldId, FieldValue>();
  for (const [field, els] of found) {
    const first = els[0];
    if (!first) continue;
    if (first.type === 'checkbox') {
      values.set(field, { kind: 'checkbox', checked: els.filter((e) => e.checked).length, total: els.length });
    } else {
      const prefix = controlPrefix(first);
      values.set(field, { kind: 'text', value: first.value ?? '', ...(prefix ? { prefix } : {}), ...(orEmail.has(field) ? { orEmail: true } : {}) });
    }
  }
  return values;
}

/** The screen's field elements, matched once per page read and kept beside its snapshot. */
export class FieldElements {
  private fields: readonly FieldRule[] = [];
  private found = new Map<FieldId, HTMLInputElement[]>();
  private known = new Map<Element, FieldId>();
  private orEmail: ReadonlySet<FieldId> = new Set();

  constructor(private readonly doc: Document) {}

  /** Matches the screen's fields in the page as it is now (after each page read). */
  refresh(fields: readonly FieldRule[]): void {
    this.fields = fields;
    this.found = findFieldElements(this.doc, fields);
    this.known = new Map([...this.found].flatMap(([field, els]) => els.map((el) => [el, field] as const)));
    this.orEmail = orEmailFields(this.found, fields);
  }

  /**
   * Which field the user is typing in. A control not matched at the last read (re-created or
   * shown since) that is one of the screen's fields makes the fields be matched again.
   */
  fieldFor(el: Element): FieldId | null {
    const known = this.known.get(el);
    if (known) return known;
    const field = fieldOf(el, this.fields);
    if (field) this.refresh(this.fields);
    return field;
  }

  /** The elements, matched again first if the page removed one since. */
  elements(): ReadonlyMap<FieldId, HTMLInputElement[]> {
    if ([...this.known.keys()].some((el) => !el.isConnected)) this.refresh(this.fields);
    return this.found;
  }

  values(): Map<FieldId, FieldValue> {
    return readValues(this.elements(), this.orEmail);
  }
}
