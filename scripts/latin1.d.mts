/** Types of scripts/latin1.mjs for the TypeScript that imports it (wxt.config.ts, tests/unit/latin1.test.ts). */
export function latin1Only(code: string): string;
