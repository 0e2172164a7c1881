/**
 * rules/statusExplanations.ts in the content script of a host with no status page (rules/hosts.ts):
 * none. No page rule of such a host reads a status (tests/unit/hosts.test.ts), so nothing asks.
 */
import type { StatusCode } from '../ids';
import type { StatusExplanation } from '../schema';

export const statusExplanations = {} as Record<StatusCode, StatusExplanation>;
