/**
 * What reads and explains a certificate status, in the content script of a host where no page reads
 * one (rules/hosts/registries.ts, STAND_INS, puts these in the place of the real ones; every other
 * export of those modules stays the real one). detect() reads a status, a validity and the "Email
 * BSrE" line only for a page rule with `status`, which no page of such a host has, so no status is
 * ever set there: nothing explains one and no status card is drawn, and the real code stays out of
 * that script. Were one asked anyway, it answers "none" rather than throw into the page.
 */
import type { Validity } from '../engine/readStatus';
import type { StatusExplanation } from '../schema';

export const readStatus = (_rawText: string, _label?: string): string | null => null;
export const statusValues = (): string[] => [];
export const readValidity = (_rawText: string, _today: Date, _validityYears: number, _warnDays: number): Validity | null => null;
export const readEmailBsre = (_snap: unknown): 'unknown' => 'unknown';

const none: StatusExplanation = { id: 'unknown', tone: 'warn', source: 'advice', next: [], contacts: [], progress: [] };
export const explainStatus = (_code: string): StatusExplanation => none;
export const explainStatusWithValidity = (_code: string, _validity?: unknown, _emailBsre?: unknown): StatusExplanation => none;
export const nextSteps = (_e: StatusExplanation, _emailBsre?: unknown): StatusExplanation['next'] => [];
export const statusStep = (_e: StatusExplanation, _emailBsre?: unknown): undefined => undefined;

/** components/StatusCard.tsx: no status, no card, no stylesheet. (No import: rules/ does not reach up.) */
export const StatusCard = (_props: object): null => null;
export const statusCardCss = '';
