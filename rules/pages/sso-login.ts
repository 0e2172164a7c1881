import type { PageRule } from '../schema';

/** Guide E.1: the ASN Digital single sign-on (Keycloak realm public-siasn). */
export const ssoLogin: PageRule = {
  id: 'sso-login',
  hosts: ['sso-siasn.bkn.go.id'],
  paths: ['/auth/realms/public-siasn/**', '/realms/public-siasn/**'],
  markers: {
    any: ['Login menggunakan akun SSO ASN anda', 'public-siasn', 'Username', 'Password', 'OTP'],
    min: 2,
  },
  guideStep: 'masuk-sso',
  contacts: ['kepegawaian', 'helpdesk-bkn'],
  tips: [
    { id: 'username-nip', tone: 'warn', source: 'guide:E.1' },
    { id: 'password-asn-digital', source: 'guide:E.1' },
    { id: 'otp-authenticator', source: 'guide:E.1' },
    { id: 'no-account', source: 'guide:D.1' },
    { id: 'bukan-asn', source: 'guide:C' },
  ],
  fields: [
    { field: 'nip', labels: ['Username', 'NIP'], names: ['username', 'nip'], required: true },
    { field: 'otp', labels: ['OTP', 'Kode OTP', 'One-time code'], names: ['otp', 'totp'] },
  ],
  submitButtons: ['Masuk', 'Login', 'Log In', 'Sign In'],
};
