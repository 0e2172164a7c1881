/** The field checks of bsre.bssn.go.id's pages: rules/fields/registry.ts in its content script (rules/hosts.ts). */
import { nik } from '../../fields/nik';
import { nip } from '../../fields/nip';
import { nomorHp } from '../../fields/nomor-hp';
import { otp } from '../../fields/otp';
import { passphrase } from '../../fields/passphrase';
import { passphraseKonfirmasi } from '../../fields/passphrase-konfirmasi';
import { persetujuan } from '../../fields/persetujuan';

export const FIELDS = {
  nik,
  nip,
  'nomor-hp': nomorHp,
  otp,
  passphrase,
  'passphrase-konfirmasi': passphraseKonfirmasi,
  persetujuan,
} as const;

export const FIELD_IDS = Object.keys(FIELDS);
