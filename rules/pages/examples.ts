// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; change the files it lists.
/** Every page rule's examples, by id (tests and the demo; nothing the extension is built from imports them). */
import { asndigitalLayananExamples } from './asndigital-layanan.examples';
import { bsreAktivasiExamples } from './bsre-aktivasi.examples';
import { bsrePassphraseExamples } from './bsre-passphrase.examples';
import { myasnDashboardExamples } from './myasn-dashboard.examples';
import { myasnKontakPribadiExamples } from './myasn-kontak-pribadi.examples';
import { myasnLayananExamples } from './myasn-layanan.examples';
import { myasnSertifikatExamples } from './myasn-sertifikat.examples';
import { ssoLoginExamples } from './sso-login.examples';

export const PAGE_EXAMPLES = {
  'asndigital-layanan': asndigitalLayananExamples,
  'bsre-aktivasi': bsreAktivasiExamples,
  'bsre-passphrase': bsrePassphraseExamples,
  'myasn-dashboard': myasnDashboardExamples,
  'myasn-kontak-pribadi': myasnKontakPribadiExamples,
  'myasn-layanan': myasnLayananExamples,
  'myasn-sertifikat': myasnSertifikatExamples,
  'sso-login': ssoLoginExamples,
} as const;
