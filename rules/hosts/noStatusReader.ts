/**
 * The status reader's functions in the content script of a host where no page reads a status
 * (rules/hosts/registries.ts puts them in the place of rules/engine/readStatus.ts's, whose other
 * exports stay the real ones): detect() reads a status and a validity only for a page rule with
 * `status`, which no page of such a host has, so the reader itself stays out of that script.
 */
import type { Validity } from '../engine/readStatus';

export const readStatus = (_rawText: string, _label?: string): string | null => null;
export const readValidity = (_rawText: string, _today: Date, _validityYears: number, _warnDays: number): Validity | null => null;
