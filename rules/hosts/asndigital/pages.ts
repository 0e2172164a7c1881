/** The page rules of asndigital.bkn.go.id: rules/index.ts in its content script (rules/hosts.ts). */
import { asndigitalLayanan } from '../../pages/asndigital-layanan';
import type { PageRule } from '../../schema';

export const pageRules: readonly PageRule[] = [asndigitalLayanan];

export function ruleById(id: string | null | undefined): PageRule | undefined {
  return pageRules.find((r) => r.id === id);
}
