/**
 * The field registry: every checked field is one file, registered by one line here. The keys are
 * the field ids (FieldId, FIELD_IDS): there is no other list of them.
 */
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
  nik,
  nip,
  'nomor-hp': nomorHp,
  'nomor-telepon': nomorTelepon,
  'email-dinas': emailDinas,
  'email-pribadi': emailPribadi,
  otp,
  passphrase,
  'passphrase-konfirmasi': passphraseKonfirmasi,
  persetujuan,
} as const;

export type FieldId = keyof typeof FIELDS;

/** Every field id, in the registry's order. */
export const FIELD_IDS = Object.keys(FIELDS) as [FieldId, ...FieldId[]];
