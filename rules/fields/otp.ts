/**
 * One-time codes: the 6-digit authenticator code at the ASN Digital SSO login and the WhatsApp
 * code on BSrE's activation page. Authenticator apps show the code as "123 456", so spaces between
 * groups are accepted; anything else (letters, dashes) is not what the portal's box accepts.
 */
import { finding, isBlank, isTooLong, MAX_INPUT_LENGTH, scanDigits } from './normalize';
import type { Finding, Verdict } from './types';

export const OTP_LENGTH = 6;

/** `length` defaults to 6; pass the policy's value (rules/policy.ts) if it ever changes. */
export function validateOtp(value: string, length: number = OTP_LENGTH): Finding {
  const f = (verdict: Verdict, reason: string, params?: Record<string, number>) => finding('otp', verdict, reason, params);
  if (isTooLong(value)) return f('error', 'otp.overLimit', { max: MAX_INPUT_LENGTH });
  if (isBlank(value)) return f('error', 'otp.empty', { expected: length });
  const s = scanDigits(value);
  if (s.other) return f('error', 'otp.notDigits', { expected: length });
  if (s.nonAsciiDigits > 0) return f('error', 'otp.nonAsciiDigits');
  if (s.digits.length !== length) return f('error', 'otp.length', { count: s.digits.length, expected: length });
  if (s.invisible) return f('warn', 'otp.invisible');
  return f('ok', 'otp.ok', { expected: length });
}
