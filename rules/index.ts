/**
 * The registry of page rules, in guide order. Adding a page = a file in rules/pages/ + a line here;
 * tests/unit/rules.test.ts fails if a file in rules/pages/ is not listed.
 */
import type { PageRule } from './schema';
import { lookupById } from './lookup';
import { ssoLogin } from './pages/sso-login';
import { asndigitalLayanan } from './pages/asndigital-layanan';
import { myasnDashboard } from './pages/myasn-dashboard';
import { myasnLayanan } from './pages/myasn-layanan';
import { myasnSertifikat } from './pages/myasn-sertifikat';
import { myasnKontakPribadi } from './pages/myasn-kontak-pribadi';
import { bsreAktivasi } from './pages/bsre-aktivasi';
import { bsrePassphrase } from './pages/bsre-passphrase';

export const pageRules: readonly PageRule[] = [
  ssoLogin,
  asndigitalLayanan,
  myasnDashboard,
  myasnLayanan,
  myasnSertifikat,
  myasnKontakPribadi,
  bsreAktivasi,
  bsrePassphrase,
];

export const ruleById = /* @__PURE__ */ lookupById(pageRules);
