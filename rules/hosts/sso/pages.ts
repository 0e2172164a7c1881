/** The page rules of sso-siasn.bkn.go.id: rules/index.ts in its content script (rules/hosts.ts). */
import { ssoLogin } from '../../pages/sso-login';
import type { PageRule } from '../../schema';

export const pageRules: readonly PageRule[] = [ssoLogin];

export function ruleById(id: string | null | undefined): PageRule | undefined {
  return pageRules.find((r) => r.id === id);
}
