// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; it follows the page rules' `hosts`.
/**
 * What the content script of bsre.bssn.go.id carries: the page rules that name this host, the field checks
 * their screens name and their Indonesian words (the overlay loads
 * another language's from the background when the user switches).
 */
import { contacts } from '../locales/id/contacts';
import * as fieldWords from '../locales/id/fields';
import * as guideWords from '../locales/id/guide';
import * as pageWords from '../locales/id/pages';
import { uiCore, uiChecks } from '../locales/id/ui';
import { nik } from '../fields/nik';
import { nip } from '../fields/nip';
import { nomorHp } from '../fields/nomor-hp';
import { otp } from '../fields/otp';
import { passphrase } from '../fields/passphrase';
import { passphraseKonfirmasi } from '../fields/passphrase-konfirmasi';
import { persetujuan } from '../fields/persetujuan';
import { bsreAktivasi } from '../pages/bsre-aktivasi';
import { bsrePassphrase } from '../pages/bsre-passphrase';
import type { HostKit } from './kit';

export const bsre = {
  name: 'bsre',
  pages: [bsreAktivasi, bsrePassphrase],
  fields: {
    nik,
    nip,
    'nomor-hp': nomorHp,
    otp,
    passphrase,
    'passphrase-konfirmasi': passphraseKonfirmasi,
    persetujuan,
  },
  statusPage: false,
  words: {
    ui: { ...uiCore, ...uiChecks },
    contacts,
    fieldNames: fieldWords.fieldNames,
    statuses: {},
    pages: {
      'bsre-aktivasi': pageWords.bsreAktivasi,
      'bsre-passphrase': pageWords.bsrePassphrase,
    },
    fields: {
      nik: fieldWords.nik,
      nip: fieldWords.nip,
      'nomor-hp': fieldWords.nomorHp,
      otp: fieldWords.otp,
      passphrase: fieldWords.passphrase,
      'passphrase-konfirmasi': fieldWords.passphraseKonfirmasi,
      persetujuan: fieldWords.persetujuan,
    },
    guide: {
      'aktivasi-akun': guideWords.aktivasiAkun,
      passphrase: guideWords.passphrase,
      terbit: guideWords.terbit,
    },
  },
} as const satisfies HostKit;
