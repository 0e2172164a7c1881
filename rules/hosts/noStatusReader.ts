/**
 * rules/engine/readStatus.ts in the content script of a host with no status page (rules/hosts.ts):
 * detect() reads a status and a validity only for a page rule with `status`, which no page of such
 * a host has (tests/unit/hosts.test.ts), so the reader itself stays out of that script.
 */
import type { Validity } from '../engine/readStatus';

export { isPortalCode, UNKNOWN_STATUS, type Validity } from '../engine/readStatus';

export const readStatus = (_rawText: string, _label?: string): string | null => null;
export const readValidity = (_rawText: string, _today: Date, _validityYears: number, _warnDays: number): Validity | null => null;
