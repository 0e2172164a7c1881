// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; change the files it lists.
/** Every field check, by id: one file each in this folder. */
import { emailDinas } from './email-dinas';
import { emailPribadi } from './email-pribadi';
import { nik } from './nik';
import { nip } from './nip';
import { nomorHp } from './nomor-hp';
import { nomorTelepon } from './nomor-telepon';
import { otp } from './otp';
import { passphrase } from './passphrase';
import { passphraseKonfirmasi } from './passphrase-konfirmasi';
import { persetujuan } from './persetujuan';

export const FIELDS = {
  'email-dinas': emailDinas,
  'email-pribadi': emailPribadi,
  nik,
  nip,
  'nomor-hp': nomorHp,
  'nomor-telepon': nomorTelepon,
  otp,
  passphrase,
  'passphrase-konfirmasi': passphraseKonfirmasi,
  persetujuan,
} as const;
