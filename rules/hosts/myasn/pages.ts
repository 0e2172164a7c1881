/** The page rules of myasn.bkn.go.id: rules/index.ts in its content script (rules/hosts.ts). */
import { myasnDashboard } from '../../pages/myasn-dashboard';
import { myasnKontakPribadi } from '../../pages/myasn-kontak-pribadi';
import { myasnLayanan } from '../../pages/myasn-layanan';
import { myasnSertifikat } from '../../pages/myasn-sertifikat';
import type { PageRule } from '../../schema';

export const pageRules: readonly PageRule[] = [myasnDashboard, myasnLayanan, myasnSertifikat, myasnKontakPribadi];

export function ruleById(id: string | null | undefined): PageRule | undefined {
  return pageRules.find((r) => r.id === id);
}
