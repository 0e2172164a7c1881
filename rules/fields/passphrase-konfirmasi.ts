/** Konfirmasi Passphrase (BSrE Buat Passphrase): the passphrase typed a second time. */
import { defineField, findingsOf } from './define';
import type { Finding } from './types';

export const PASSPHRASE_KONFIRMASI_REASONS = ['empty', 'partial', 'mismatch', 'ok'] as const;
const f = findingsOf('passphrase-konfirmasi');

/**
 * Compares exactly (no trimming, no Unicode normalisation), as BSrE will. While the user is typing
 * (`mode` 'typing', the default) a confirmation that is still a beginning of the passphrase is a
 * 'warn', not an error. At submit (`mode` 'submit') it is an error like any other difference: a
 * half-typed confirmation must not get through the submit guard.
 */
export function validatePassphraseConfirmation(passphrase: string, confirmation: string, mode: 'typing' | 'submit' = 'typing'): Finding {
  if (confirmation === '') return f('error', 'empty');
  if (confirmation === passphrase) return f('ok', 'ok');
  if (confirmation.length < passphrase.length && passphrase.startsWith(confirmation)) {
    return f(mode === 'submit' ? 'error' : 'warn', 'partial');
  }
  return f('error', 'mismatch');
}

export const passphraseKonfirmasi = defineField({
  id: 'passphrase-konfirmasi',
  code: 'PK',
  reasons: PASSPHRASE_KONFIRMASI_REASONS,
  validate: (value, check) => validatePassphraseConfirmation(check.textOf('passphrase'), value, check.mode),
});
