/**
 * What finds, checks and guards fields, in the content script of a host where no page checks a field
 * (rules/hosts/registries.ts, STAND_INS, puts these in the place of the real ones; every other export
 * of those modules stays the real one). With no checked field there is never a field element to find,
 * a finding to show or announce, nor a problem to hold a submit for: the real code would let every
 * click and submit through and show nothing, and these do exactly that without carrying it.
 * Were one asked anyway, it answers "nothing" rather than throw into the page.
 * (No import: rules/ does not reach up.)
 */

/** platform/content/guard.ts */
export class SubmitGuard {
  constructor(_host: object) {}
  onClick(_e: Event): void {}
  onSubmit(_e: Event): void {}
  activationEnded(_e: Event): void {}
  release(): void {}
  dismiss(): never[] {
    return [];
  }
  reset(): void {}
}

/** platform/content/guardCheck.ts: never asked (nothing is ever held); "cannot tell" counts as not usable, never a trap. */
export const guardUnusable = (_host: unknown, _root: unknown): 'unknown' => 'unknown';

/** rules/engine/evaluate.ts: no field value to judge, so no finding (and no NIP field to tell the employee type by). */
export const evaluateScreen = (..._args: unknown[]): never[] => [];
export const nipKind = (_nip: string): null => null;

/**
 * rules/engine/employee.ts: PNS or PPPK, read from a NIP the page shows, only tells the field checks
 * which rules apply; with no field to check it is not read, and a NIP changing on a busy page is
 * nothing to re-read it for.
 */
export const employeeTypeFromText = (_text: string): null => null;
export const nipFromText = (_text: string): undefined => undefined;
export const employeeValues = (): string[] => [];

/** platform/content/fieldElements.ts: no field rule, so no element is ever one of a field. */
export class FieldElements {
  constructor(_doc: Document) {}
  refresh(_fields: readonly unknown[]): void {}
  fieldFor(_el: Element): null {
    return null;
  }
  elements(): Map<never, never> {
    return new Map<never, never>();
  }
  values(): Map<never, never> {
    return new Map<never, never>();
  }
}

/** components/Findings.tsx and components/GuardSection.tsx: no finding, no held submit, nothing drawn, no stylesheet. */
export const Findings = (_props: object): null => null;
export const GuardSection = (_props: object): null => null;
export const findingsCss = '';
export const guardSectionCss = '';

/** components/findingText.ts: no finding to word. */
export const findingText = (..._args: unknown[]): string => '';
export const fieldName = (..._args: unknown[]): string => '';
