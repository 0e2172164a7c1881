/** Email pribadi (Kontak Pribadi): any valid address. */
import { defineField, findingsOf } from './define';
import { checkSyntax } from './email';
import { isTooLong, MAX_INPUT_LENGTH } from './normalize';
import type { Finding } from './types';

export const EMAIL_PRIBADI_REASONS = ['overLimit', 'empty', 'spaces', 'noAt', 'syntax', 'invisible', 'ok'] as const;
const f = findingsOf('email-pribadi');

export function validateEmailPribadi(value: string): Finding {
  if (isTooLong(value)) return f('error', 'overLimit', { max: MAX_INPUT_LENGTH });
  const s = checkSyntax(value);
  if (!s.ok) return f('error', s.problem);
  if (s.invisible) return f('warn', 'invisible');
  return f('ok', 'ok');
}

export const emailPribadi = defineField({
  id: 'email-pribadi',
  code: 'EP',
  reasons: EMAIL_PRIBADI_REASONS,
  validate: (value) => validateEmailPribadi(value),
});
