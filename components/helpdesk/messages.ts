/** Copy of the helpdesk page (staff-facing): its words are in rules/locales/<lang>/helpdesk.ts. */
import { byLocale } from '../../rules/locales';

export const helpdeskMessages = byLocale('helpdesk');
