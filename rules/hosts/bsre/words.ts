/**
 * The Indonesian overlay words bsre.bssn.go.id's pages use: rules/locales/id/overlay.ts in its content script
 * (rules/hosts.ts). The same objects as in the whole copy, picked by name so the bundle leaves out the rest.
 */
import { contacts } from '../../locales/id/contacts';
import { fieldNames, nik, nip, nomorHp, otp, passphrase, passphraseKonfirmasi, persetujuan } from '../../locales/id/fields';
import * as steps from '../../locales/id/guide';
import { bsreAktivasi, bsrePassphrase } from '../../locales/id/pages';
import { ui } from '../../locales/id/ui';

export const overlay = {
  ui,
  fields: { nik, nip, 'nomor-hp': nomorHp, otp, passphrase, 'passphrase-konfirmasi': passphraseKonfirmasi, persetujuan },
  fieldNames,
  pages: { 'bsre-aktivasi': bsreAktivasi, 'bsre-passphrase': bsrePassphrase },
  statuses: {},
  guide: { 'aktivasi-akun': steps.aktivasiAkun, passphrase: steps.passphrase, terbit: steps.terbit },
  contacts,
};
