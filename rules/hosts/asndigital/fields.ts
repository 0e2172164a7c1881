/** The field checks of asndigital.bkn.go.id's pages: rules/fields/registry.ts in its content script (rules/hosts.ts). */
export const FIELDS = {} as const;

export const FIELD_IDS = Object.keys(FIELDS);
