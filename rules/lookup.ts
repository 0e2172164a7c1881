/**
 * A registry's lookup by id, written once for the whole registry (rules/index.ts) and for each portal
 * host's registry generated from it (rules/hosts/registries.ts), which both call it on their own list.
 */
export function lookupById<T extends { readonly id: string }>(list: readonly T[]): (id: string | null | undefined) => T | undefined {
  return (id) => list.find((r) => r.id === id);
}
