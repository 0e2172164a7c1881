/**
 * Which errors a submit is held for: only those of fields that submit sends or verifies, and never
 * an optional field's (its error is shown, not held). Which fields a button concerns comes from the
 * page's own structure: its form, else the smallest part of the page around the button that holds
 * any checked field ("Verifikasi" beside Email Dinas in one row concerns Email Dinas alone; "Simpan"
 * under the whole form concerns all of it).
 */
import type { EvaluatedFinding } from '../../rules/engine/evaluate';
import type { FieldId } from '../../rules/fields/types';
import type { FieldRule } from '../../rules/schema';

type Elements = ReadonlyMap<FieldId, readonly Element[]>;

/** The fields a click on `target` (a button, or a form submitted without one) sends or verifies. */
export function concernedFields(target: Element, elements: Elements): Set<FieldId> {
  const within = (node: Element) => new Set([...elements].filter(([, els]) => els.some((el) => node.contains(el))).map(([field]) => field));
  if (target.localName === 'form') return within(target);
  const form = (target as HTMLButtonElement).form ?? target.closest('form');
  for (let node = target.parentElement; node; node = node.parentElement) {
    const inside = within(node);
    if (inside.size > 0) return inside;
    // A button submits its own form: fields outside it are not sent.
    if (node === form) return inside;
  }
  return new Set();
}

/** The page itself marks the field required (the `required` attribute or aria-required). */
function requiredByPage(els: readonly Element[] | undefined): boolean {
  return !!els?.some((el) => (el as HTMLInputElement).required === true || el.getAttribute('aria-required') === 'true');
}

/** Of the errors on the screen, those a click on `target` is held for. */
export function heldFor(target: Element, errors: readonly EvaluatedFinding[], rules: readonly FieldRule[], elements: Elements): EvaluatedFinding[] {
  if (errors.length === 0) return [];
  const concerned = concernedFields(target, elements);
  const optional = new Set(rules.filter((r) => r.optional).map((r) => r.field));
  return errors.filter((f) => concerned.has(f.field) && (!optional.has(f.field) || requiredByPage(elements.get(f.field))));
}
