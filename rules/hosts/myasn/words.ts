/**
 * The Indonesian overlay words myasn.bkn.go.id's pages use: rules/locales/id/overlay.ts in its content script
 * (rules/hosts.ts). The same objects as in the whole copy, picked by name so the bundle leaves out the rest.
 */
import { contacts } from '../../locales/id/contacts';
import { emailDinas, emailPribadi, fieldNames, nomorHp, nomorTelepon } from '../../locales/id/fields';
import * as steps from '../../locales/id/guide';
import { myasnDashboard, myasnKontakPribadi, myasnLayanan, myasnSertifikat } from '../../locales/id/pages';
import { statuses } from '../../locales/id/statuses';
import { ui } from '../../locales/id/ui';

export const overlay = {
  ui,
  fields: { 'nomor-hp': nomorHp, 'nomor-telepon': nomorTelepon, 'email-dinas': emailDinas, 'email-pribadi': emailPribadi },
  fieldNames,
  pages: { 'myasn-dashboard': myasnDashboard, 'myasn-layanan': myasnLayanan, 'myasn-sertifikat': myasnSertifikat, 'myasn-kontak-pribadi': myasnKontakPribadi },
  statuses,
  guide: { 'buka-myasn': steps.bukaMyasn, 'cek-status': steps.cekStatus, 'kontak-pribadi': steps.kontakPribadi, 'aktivasi-email': steps.aktivasiEmail, registrasi: steps.registrasi, 'aktivasi-akun': steps.aktivasiAkun, passphrase: steps.passphrase, terbit: steps.terbit },
  contacts,
};
