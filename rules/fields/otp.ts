/**
 * One-time codes: the 6-digit authenticator code at the ASN Digital SSO login and the WhatsApp
 * code on BSrE's activation page. Authenticator apps show the code as "123 456", so spaces between
 * groups are accepted; anything else (letters, dashes) is not what the portal's box accepts.
 */
import { policy } from '../policy';
import { defineField, findingsOf, joinReasons } from './define';
import { DIGIT_STRING_REASONS, openDigitString } from './digitString';
import type { Finding } from './types';

export const OTP_LENGTH = 6;

export const OTP_REASONS = /* @__PURE__ */ joinReasons(DIGIT_STRING_REASONS, ['invisible', 'ok']);
const f = findingsOf('otp');

/** `length` defaults to 6; pass the policy's value (rules/policy.ts) if it ever changes. */
export function validateOtp(value: string, length: number = OTP_LENGTH): Finding {
  const o = openDigitString(value, length);
  if (!o.ok) {
    // The messages that tell what to type name the expected number of digits.
    const tells = o.reason === 'empty' || o.reason === 'notDigits' || o.reason === 'length';
    return f('error', o.reason, tells ? { ...o.params, expected: length } : o.params);
  }
  if (o.scan.invisible) return f('warn', 'invisible');
  return f('ok', 'ok', { expected: length });
}

export const otp = defineField({
  id: 'otp',
  code: 'OT',
  reasons: OTP_REASONS,
  validate: (value) => validateOtp(value, policy.otpLength),
});
