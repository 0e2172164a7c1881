// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; it follows the page rules' `hosts`.
/**
 * What the content script of myasn.bkn.go.id carries: the page rules that name this host, the field checks
 * their screens name, the certificate statuses one of them reads and their Indonesian words (the overlay loads
 * another language's from the background when the user switches).
 */
import { contacts } from '../locales/id/contacts';
import * as fieldWords from '../locales/id/fields';
import * as guideWords from '../locales/id/guide';
import * as pageWords from '../locales/id/pages';
import { statuses } from '../locales/id/statuses';
import { uiCore, uiChecks, uiCertificate } from '../locales/id/ui';
import { emailDinas } from '../fields/email-dinas';
import { emailPribadi } from '../fields/email-pribadi';
import { nomorHp } from '../fields/nomor-hp';
import { nomorTelepon } from '../fields/nomor-telepon';
import { myasnDashboard } from '../pages/myasn-dashboard';
import { myasnLayanan } from '../pages/myasn-layanan';
import { myasnSertifikat } from '../pages/myasn-sertifikat';
import { myasnKontakPribadi } from '../pages/myasn-kontak-pribadi';
import type { HostKit } from './kit';

export const myasn = {
  name: 'myasn',
  pages: [myasnDashboard, myasnLayanan, myasnSertifikat, myasnKontakPribadi],
  fields: {
    'email-dinas': emailDinas,
    'email-pribadi': emailPribadi,
    'nomor-hp': nomorHp,
    'nomor-telepon': nomorTelepon,
  },
  statusPage: true,
  words: {
    ui: { ...uiCore, ...uiChecks, ...uiCertificate },
    contacts,
    fieldNames: fieldWords.fieldNames,
    statuses,
    pages: {
      'myasn-dashboard': pageWords.myasnDashboard,
      'myasn-layanan': pageWords.myasnLayanan,
      'myasn-sertifikat': pageWords.myasnSertifikat,
      'myasn-kontak-pribadi': pageWords.myasnKontakPribadi,
    },
    fields: {
      'email-dinas': fieldWords.emailDinas,
      'email-pribadi': fieldWords.emailPribadi,
      'nomor-hp': fieldWords.nomorHp,
      'nomor-telepon': fieldWords.nomorTelepon,
    },
    guide: {
      'buka-myasn': guideWords.bukaMyasn,
      'cek-status': guideWords.cekStatus,
      'kontak-pribadi': guideWords.kontakPribadi,
      'aktivasi-email': guideWords.aktivasiEmail,
      registrasi: guideWords.registrasi,
      'aktivasi-akun': guideWords.aktivasiAkun,
      passphrase: guideWords.passphrase,
      terbit: guideWords.terbit,
    },
  },
} as const satisfies HostKit;
