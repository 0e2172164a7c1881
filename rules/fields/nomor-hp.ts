/**
 * Nomor HP (Kontak Pribadi, BSrE Data Diri): a mobile number that receives WhatsApp, where BSrE
 * sends its OTP. The check itself is shared with Nomor Telepon (phone.ts).
 */
import { defineField, joinReasons } from './define';
import { MOBILE_ONLY_REASONS, PHONE_REASONS, validatePhone } from './phone';

export const nomorHp = defineField({
  id: 'nomor-hp',
  code: 'HP',
  reasons: /* @__PURE__ */ joinReasons(PHONE_REASONS, MOBILE_ONLY_REASONS),
  validate: (value, { prefix }) => validatePhone(value, 'nomor-hp', prefix ? { prefix } : undefined),
});
