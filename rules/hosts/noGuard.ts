/**
 * The submit guard in the content script of a host where no page checks a field (rules/hosts/registries.ts
 * puts these in the place of SubmitGuard in entrypoints/content/guard.ts and of guardUnusable in
 * guardCheck.ts; their other exports stay the real ones). With no checked field there is never a
 * problem to hold a submit for, so the real guard would let every click and submit through and show
 * nothing: these do exactly that without carrying its code. (No import: rules/ does not reach up.)
 */
export class SubmitGuard {
  constructor(_host: object) {}
  onClick(_e: Event): void {}
  onSubmit(_e: Event): void {}
  release(): void {}
  dismiss(): never[] {
    return [];
  }
  reset(): void {}
}

/** Never asked (nothing is ever held); were it asked, "cannot tell" counts as not usable: never a trap. */
export const guardUnusable = (_host: unknown, _root: unknown): 'unknown' => 'unknown';
