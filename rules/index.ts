/**
 * Every page rule (one file each in rules/pages/, listed in rules/pages/registry.ts), in the guide's
 * order: a portal host's content script gets its own from its kit (rules/hosts/<name>.ts) instead.
 */
import { guidePosition } from './guide';
import { PAGES } from './pages/registry';
import type { PageRule } from './schema';

export const pageRules: readonly PageRule[] = Object.values(PAGES).sort((a, b) => guidePosition(a.guideStep) - guidePosition(b.guideStep) || (a.id < b.id ? -1 : 1));

export const ruleById = (id: string | null | undefined): PageRule | undefined => pageRules.find((r) => r.id === id);
