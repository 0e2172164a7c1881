/** The page rules of bsre.bssn.go.id: rules/index.ts in its content script (rules/hosts.ts). */
import { bsreAktivasi } from '../../pages/bsre-aktivasi';
import { bsrePassphrase } from '../../pages/bsre-passphrase';
import type { PageRule } from '../../schema';

export const pageRules: readonly PageRule[] = [bsreAktivasi, bsrePassphrase];

export function ruleById(id: string | null | undefined): PageRule | undefined {
  return pageRules.find((r) => r.id === id);
}
