/**
 * Numbers known only from the guide, kept as data so a change at BSrE is a one-line edit.
 */
import type { PassphrasePolicy } from './fields/types';

export const policy = {
  /** "Sertifikat elektronik memiliki masa aktif 2 (dua) tahun sejak diterbitkan." */
  certificateValidityYears: 2,
  /** Warn this many days before the certificate expires. */
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
  /** OTP codes are 6 digits (authenticator and WhatsApp). */
  otpLength: 6,
} as const;
