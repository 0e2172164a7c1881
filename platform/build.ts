/**
 * Build flags: wxt.config.ts defines them from the build's environment (PEMANDU_E2E=1,
 * PEMANDU_BENCH=1), vitest.config.ts for the unit tests. Constants, so a build drops what its flag
 * turns off; the code that runs is the code you read, with one value known at build time.
 */

/** The build tests and tooling drive: open shadow root, README's data-* test contract. Never the zips. */
export const E2E_BUILD: boolean = import.meta.env.PEMANDU_E2E === 'true';

/** The benchmark's build: the content script leaves User Timing marks for it to read. */
export const BENCH_BUILD: boolean = import.meta.env.PEMANDU_BENCH === 'true';
