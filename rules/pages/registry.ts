// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; change the files it lists.
/** Every page rule, by id: one file each in this folder. */
import { asndigitalLayanan } from './asndigital-layanan';
import { bsreAktivasi } from './bsre-aktivasi';
import { bsrePassphrase } from './bsre-passphrase';
import { myasnDashboard } from './myasn-dashboard';
import { myasnKontakPribadi } from './myasn-kontak-pribadi';
import { myasnLayanan } from './myasn-layanan';
import { myasnSertifikat } from './myasn-sertifikat';
import { ssoLogin } from './sso-login';

export const PAGES = {
  'asndigital-layanan': asndigitalLayanan,
  'bsre-aktivasi': bsreAktivasi,
  'bsre-passphrase': bsrePassphrase,
  'myasn-dashboard': myasnDashboard,
  'myasn-kontak-pribadi': myasnKontakPribadi,
  'myasn-layanan': myasnLayanan,
  'myasn-sertifikat': myasnSertifikat,
  'sso-login': ssoLogin,
} as const;
