/**
 * Nomor Telepon (Kontak Pribadi, optional): a landline with its area code or a mobile number.
 * The check itself is shared with Nomor HP (phone.ts).
 */
import { defineField, joinReasons } from './define';
import { LANDLINE_REASONS, PHONE_REASONS, validatePhone } from './phone';

export const nomorTelepon = defineField({
  id: 'nomor-telepon',
  code: 'TL',
  reasons: /* @__PURE__ */ joinReasons(PHONE_REASONS, LANDLINE_REASONS),
  validate: (value, { prefix }) => validatePhone(value, 'nomor-telepon', prefix ? { prefix } : undefined),
});
