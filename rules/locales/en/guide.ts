/** English copy of the whole guide's steps (rules/guide.ts), by guide step id. */
import type { Copy } from '../types';

export const guide: Copy['guide'] = {
  persiapan: {
    title: 'Preparation',
    detail: 'Have an active ASN Digital account, your own active work email, your KTP (ID card) and an authenticator app on your phone.',
  },
  'masuk-sso': {
    title: 'Sign in to ASN Digital',
    detail: 'Sign in with your NIP as username, your ASN Digital password and the OTP from the authenticator app.',
  },
  'buka-myasn': {
    title: 'Open MyASN',
    detail: 'Choose Layanan Individu ASN, then MyASN, then Layanan ASN → Sertifikat Elektronik BSrE.',
  },
  'cek-status': {
    title: 'Check the certificate status',
    detail: 'The Sertifikat Elektronik BSrE page shows your status. NOT_REGISTERED means you are not registered with BSrE yet.',
  },
  'kontak-pribadi': {
    title: 'Fill in Kontak Pribadi and verify the work email',
    detail: 'Click Verifikasi Email Dinas Anda, fill in Kontak Pribadi, click Simpan, then Verifikasi next to Email Dinas and answer Ya.',
  },
  'aktivasi-email': {
    title: 'Activate the work email from the inbox',
    detail: 'Open the agency webmail, find the mail "Aktivasi Email Dinas MyASN", then click Aktivasi Email Dinas; "Aktivasi Berhasil" appears.',
  },
  registrasi: {
    title: 'Request the certificate',
    detail: 'Back on Sertifikat Elektronik BSrE the BSrE email is now filled in. Click Registrasi Sertifikat, then Ya.',
  },
  'aktivasi-akun': {
    title: 'Activate the BSrE account',
    detail: 'Open the mail "[BSrE] Aktivasi Akun" and click its button (if it cannot be clicked, copy the link below it and paste it into the browser). Then fill in Data Diri (NIK, mobile number, WhatsApp OTP), Data Kedinasan (NIP) and Foto Diri.',
  },
  passphrase: {
    title: 'Create the passphrase',
    detail: 'Open the "Buat Passphrase" link from BSSN on WhatsApp, check your profile, take a selfie again, then create the passphrase and accept the agreement.',
  },
  terbit: {
    title: 'Certificate issued',
    detail: 'The mail "Selamat, Sertifikat elektronik anda telah terbit!" arrives and the MyASN status becomes ACTIVE. The certificate is valid for {validityYears} years from issue.',
  },
};
