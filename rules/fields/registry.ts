// WRITTEN by scripts/registries.mjs from the files beside it: do not edit, add or remove those files instead.
/**
 * The field registry: every checked field is one file, rules/fields/<id>.ts, exporting its check as
 * `<camelId> = defineField({ … })`. The keys are the field ids (FieldId, FIELD_IDS): there is no
 * other list of them.
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

export type FieldId = keyof typeof FIELDS;

/** Every field id, in the registry's order. */
export const FIELD_IDS = Object.keys(FIELDS) as [FieldId, ...FieldId[]];
