// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; change the files it lists.
/** Every field check's id: the names of the files in this folder. */
export const FIELD_IDS = ['email-dinas', 'email-pribadi', 'nik', 'nip', 'nomor-hp', 'nomor-telepon', 'otp', 'passphrase', 'passphrase-konfirmasi', 'persetujuan'] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** Each field check's reasons (its file's `reasons`), by field id. */
export interface FieldReasons {
  'email-dinas': 'overLimit' | 'empty' | 'spaces' | 'noAt' | 'syntax' | 'public' | 'otherSubdomain' | 'domain' | 'agencyDomain' | 'invisible' | 'ok' | 'okAnyType' | 'govNoAt' | 'govSyntax' | 'govPublic' | 'govOther' | 'govOk' | 'domainPolicy';
  'email-pribadi': 'overLimit' | 'empty' | 'spaces' | 'noAt' | 'syntax' | 'invisible' | 'ok';
  nik: 'overLimit' | 'empty' | 'notDigits' | 'nonAsciiDigits' | 'length' | 'province' | 'birthDate' | 'serial' | 'invisible' | 'grouped' | 'ok';
  nip: 'overLimit' | 'empty' | 'notDigits' | 'nonAsciiDigits' | 'length' | 'birthDate' | 'birthYear' | 'typeDigit' | 'tmt' | 'tmtAge' | 'pppkAppointment' | 'pppkAge' | 'pppkContracts' | 'gender' | 'serial' | 'invisible' | 'grouped' | 'ok.pns' | 'ok.pppk' | 'birthDateMismatch' | 'genderMismatch' | 'email';
  'nomor-hp': 'overLimit' | 'empty' | 'chars' | 'nonAsciiDigits' | 'prefix' | 'extraZero' | 'tooShort' | 'tooLong' | 'unknownPrefix' | 'unusualLength' | 'invisible' | 'ok' | 'boxZero' | 'boxCountry' | 'boxPrefix' | 'boxTooShort' | 'boxTooLong' | 'notMobile';
  'nomor-telepon': 'overLimit' | 'empty' | 'chars' | 'nonAsciiDigits' | 'prefix' | 'extraZero' | 'tooShort' | 'tooLong' | 'unknownPrefix' | 'unusualLength' | 'invisible' | 'ok' | 'boxZero' | 'boxCountry' | 'boxPrefix' | 'boxTooShort' | 'boxTooLong' | 'unknownAreaCode' | 'okLandline';
  otp: 'overLimit' | 'empty' | 'notDigits' | 'nonAsciiDigits' | 'length' | 'invisible' | 'ok';
  passphrase: 'empty' | 'overLimit' | 'minLength' | 'upper' | 'lower' | 'digit' | 'symbol' | 'noSpace' | 'invisible' | 'nonAscii' | 'ok';
  'passphrase-konfirmasi': 'empty' | 'partial' | 'mismatch' | 'ok';
  persetujuan: 'missing' | 'ok';
}
