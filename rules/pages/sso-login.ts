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
  title: { id: 'Masuk ke ASN Digital (SSO)', en: 'Sign in to ASN Digital (SSO)' },
  guideStep: 2,
  contacts: ['kepegawaian', 'helpdesk-bkn'],
  tips: [
    {
      id: 'username-nip',
      tone: 'warn',
      text: {
        id: 'Username adalah NIP Anda (18 digit, tanpa spasi). Pegawai PPPK memakai NI PPPK di kolom yang sama.',
        en: 'The username is your NIP (18 digits, no spaces). PPPK employees type their NI PPPK in the same box.',
      },
      source: 'guide:E.1',
    },
    {
      id: 'password-asn-digital',
      text: {
        id: 'Password adalah kata sandi akun ASN Digital, bukan kata sandi email dinas.',
        en: 'The password is your ASN Digital account password, not your work email password.',
      },
      source: 'guide:E.1',
    },
    {
      id: 'otp-authenticator',
      text: {
        id: 'Kode OTP adalah 6 angka yang tampil di aplikasi otentikator di ponsel Anda. Ketik kode yang sedang tampil di aplikasi.',
        en: 'The OTP is the 6-digit number shown in the authenticator app on your phone. Type the code the app shows right now.',
      },
      source: 'guide:E.1',
    },
    {
      id: 'no-account',
      text: {
        id: 'Belum punya akun ASN Digital? Hubungi {personnelOffice}.',
        en: 'No ASN Digital account yet? Contact {personnelOffice}.',
      },
      source: 'guide:D.1',
    },
    {
      id: 'bukan-asn',
      text: {
        id: 'Bukan PNS atau PPPK, tetapi terikat perjanjian kerja dengan instansi? Anda tidak mendaftar lewat MyASN: ajukan permohonan sertifikat elektronik kepada {tteOffice}.',
        en: 'Not a PNS or PPPK but bound by a work agreement with the agency? You do not register through MyASN: apply for the electronic certificate to {tteOffice}.',
      },
      source: 'guide:C',
    },
  ],
  fields: [
    { field: 'nip', labels: ['Username', 'NIP'], names: ['username', 'nip'], required: true },
    { field: 'otp', labels: ['OTP', 'Kode OTP', 'One-time code'], names: ['otp', 'totp'] },
  ],
  submitButtons: ['Masuk', 'Login', 'Log In', 'Sign In'],
};
