// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; change the files it lists.
/** Every field check's examples, by id (tests and the demo; nothing the extension is built from imports them). */
import { emailDinasExamples } from './email-dinas.examples';
import { emailPribadiExamples } from './email-pribadi.examples';
import { nikExamples } from './nik.examples';
import { nipExamples } from './nip.examples';
import { nomorHpExamples } from './nomor-hp.examples';
import { nomorTeleponExamples } from './nomor-telepon.examples';
import { otpExamples } from './otp.examples';
import { passphraseExamples } from './passphrase.examples';
import { passphraseKonfirmasiExamples } from './passphrase-konfirmasi.examples';
import { persetujuanExamples } from './persetujuan.examples';

export const FIELD_EXAMPLES = {
  'email-dinas': emailDinasExamples,
  'email-pribadi': emailPribadiExamples,
  nik: nikExamples,
  nip: nipExamples,
  'nomor-hp': nomorHpExamples,
  'nomor-telepon': nomorTeleponExamples,
  otp: otpExamples,
  passphrase: passphraseExamples,
  'passphrase-konfirmasi': passphraseKonfirmasiExamples,
  persetujuan: persetujuanExamples,
} as const;
