import type { StatusExplanation } from '../schema';

/**
 * Declares what one or more certificate status codes mean: one file per explanation,
 * rules/statuses/<id>.ts, with its examples beside it (<id>.examples.ts) and its words in
 * rules/locales/<lang>/statuses.ts under its id (scripts/registry.mjs lists the files).
 */
export const defineStatus = (explanation: StatusExplanation): StatusExplanation => explanation;
