/**
 * Numbers known only from the guide and the facts file, kept as data so a change at BSrE is a
 * one-line edit, and so no sentence states one as a literal: copy writes `{validityYears}`,
 * `{nikLength}` … and format() fills them from here (textNumbers).
 */
import type { PassphrasePolicy } from './fields/types';

export const policy = {
  /** "Sertifikat elektronik memiliki masa aktif 2 (dua) tahun sejak diterbitkan." (guide F.passphrase.7) */
  certificateValidityYears: 2,
  /** Warn this many days before the certificate expires (advice: the panel's own choice, stated as such). */
  expiryWarningDays: 60,
  /** Guide, Pengaturan Passphrase step 4. */
  passphrase: {
    minLength: 8,
    requireUpper: true,
    requireLower: true,
    requireDigit: true,
    requireSymbol: true,
    allowSpaces: false,
  } satisfies PassphrasePolicy,
  /** OTP codes are 6 digits (authenticator and WhatsApp; facts "OTP"). */
  otpLength: 6,
  /** The NIK on the KTP: 16 digits (guide F.3, facts "NIK"). */
  nikLength: 16,
  /** NIP and NI PPPK: 18 digits (facts "NIP (PNS)", "NI PPPK"). */
  nipLength: 18,
} as const;

/** The numbers a sentence may state, by placeholder name: always these values, never a literal in the words. */
export const textNumbers = {
  validityYears: policy.certificateValidityYears,
  warnDays: policy.expiryWarningDays,
  passphraseMin: policy.passphrase.minLength,
  otpLength: policy.otpLength,
  nikLength: policy.nikLength,
  nipLength: policy.nipLength,
} as const;
