import { definePage } from './define';

/**
 * Guide E.1: the ASN Digital single sign-on, Keycloak realm public-siasn (docs/guide: "The SSO is
 * Keycloak"). Keycloak renders its own form ids whatever the theme or language, so they count as
 * markers beside the guide's words; its login and one-time-code pages are the two steps. The
 * page's messages that a tip explains ("Kode autentikator tidak valid.") are Keycloak's own, in
 * Indonesian and English (tests/fixtures/keycloak/).
 */
export const ssoLogin = definePage({
  id: 'sso-login',
  hosts: ['sso-siasn.bkn.go.id'],
  paths: ['/auth/realms/public-siasn/**', '/realms/public-siasn/**'],
  markers: {
    any: ['Login menggunakan akun SSO ASN anda', 'public-siasn', 'Username', 'Password', 'OTP', 'Nama pengguna', 'Kata sandi', 'Kode sekali pakai', 'One-time code'],
    min: 2,
    forms: ['kc-form-login', 'kc-otp-login-form'],
  },
  guideStep: 'masuk-sso',
  contacts: ['kepegawaian', 'helpdesk-bkn'],
  // Keycloak's messages, on whichever step shows them.
  tips: [
    { id: 'nip-atau-sandi-salah', tone: 'warn', source: 'guide:E.1', whenShown: ['Nama pengguna atau kata sandi tidak valid', 'Invalid username or password'] },
    { id: 'kode-otp-salah', tone: 'warn', source: 'facts:invalid-authenticator', whenShown: ['Kode autentikator tidak valid', 'Invalid authenticator code'] },
    { id: 'kode-otp-kosong', tone: 'warn', source: 'facts:otp', whenShown: ['Silakan nyatakan kode autentikator', 'Please specify authenticator code'] },
  ],
  fields: [],
  submitButtons: [],
  steps: [
    {
      id: 'masuk',
      guideStep: 'masuk-sso',
      markers: { any: ['Username', 'Password', 'Nama pengguna', 'Kata sandi', 'Login menggunakan akun SSO ASN anda'], forms: ['kc-form-login'] },
      tips: [
        { id: 'username-nip', tone: 'warn', source: 'facts:ni-pppk' },
        { id: 'password-asn-digital', source: 'guide:E.1' },
        { id: 'otp-authenticator', source: 'facts:otp' },
        { id: 'no-account', source: 'guide:D.1' },
        { id: 'bukan-asn', source: 'guide:C' },
      ],
      fields: [
        { field: 'nip', labels: ['Username', 'NIP', 'Nama pengguna'], names: ['username', 'nip'], required: true, orEmail: ['surel', 'email'] },
        { field: 'otp', labels: ['OTP', 'Kode OTP', 'One-time code', 'Kode sekali pakai'], names: ['otp', 'totp'] },
      ],
      submitButtons: ['Masuk', 'Login', 'Log In', 'Sign In'],
    },
    {
      id: 'otp',
      guideStep: 'masuk-sso',
      // Keycloak's second page asks only for the code; a login form (its password) is not this step.
      markers: { any: ['Kode sekali pakai', 'One-time code', 'Kode OTP'], forms: ['kc-otp-login-form'], none: ['Kata sandi', 'Password'] },
      tips: [{ id: 'otp-authenticator', source: 'facts:otp' }],
      fields: [{ field: 'otp', labels: ['OTP', 'Kode OTP', 'One-time code', 'Kode sekali pakai'], names: ['otp', 'totp'], required: true }],
      submitButtons: ['Masuk', 'Login', 'Log In', 'Sign In'],
    },
  ],
});
