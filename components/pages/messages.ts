/** Copy of the popup, guide and options pages: its words are in rules/locales/<lang>/extPages.ts. */
import { byLocale, type Copy } from '../../rules/locales';

export const pageMessages = byLocale('extPages');
export type PageMessages = Copy['extPages'];
