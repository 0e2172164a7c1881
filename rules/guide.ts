/**
 * The whole guide as an ordered list of steps: what the progress line ("Langkah 4 dari 10"), the
 * popup and the guide page count. Page rules point into this list with `guideStep` (1-based).
 */
import type { GuideStep } from './schema';

export type { GuideStep } from './schema';

export const guideSteps: readonly GuideStep[] = [
  {
    id: 'persiapan',
    title: { id: 'Persiapan', en: 'Preparation' },
    detail: {
      id: 'Siapkan akun ASN Digital yang aktif, email dinas pribadi yang aktif, KTP, dan aplikasi otentikator di ponsel.',
      en: 'Have an active ASN Digital account, your own active work email, your KTP (ID card) and an authenticator app on your phone.',
    },
    pages: [],
    source: 'guide:D',
  },
  {
    id: 'masuk-sso',
    title: { id: 'Masuk ke ASN Digital', en: 'Sign in to ASN Digital' },
    detail: {
      id: 'Masuk dengan NIP sebagai username, kata sandi ASN Digital, dan kode OTP dari aplikasi otentikator.',
      en: 'Sign in with your NIP as username, your ASN Digital password and the OTP from the authenticator app.',
    },
    pages: ['sso-login'],
    source: 'guide:E.1',
    url: 'https://asndigital.bkn.go.id/',
  },
  {
    id: 'buka-myasn',
    title: { id: 'Buka MyASN', en: 'Open MyASN' },
    detail: {
      id: 'Pilih Layanan Individu ASN, lalu MyASN, lalu Layanan ASN → Sertifikat Elektronik BSrE.',
      en: 'Choose Layanan Individu ASN, then MyASN, then Layanan ASN → Sertifikat Elektronik BSrE.',
    },
    pages: ['asndigital-layanan', 'myasn-dashboard', 'myasn-layanan'],
    source: 'guide:E.5',
    url: 'https://myasn.bkn.go.id/dashboard',
  },
  {
    id: 'cek-status',
    title: { id: 'Cek status sertifikat', en: 'Check the certificate status' },
    detail: {
      id: 'Halaman Sertifikat Elektronik BSrE menampilkan status Anda. NOT_REGISTERED berarti Anda belum terdaftar di BSrE.',
      en: 'The Sertifikat Elektronik BSrE page shows your status. NOT_REGISTERED means you are not registered with BSrE yet.',
    },
    pages: ['myasn-sertifikat'],
    source: 'guide:E.6',
    url: 'https://myasn.bkn.go.id/layanan-asn/sertifikat-elektronik-bsre',
  },
  {
    id: 'kontak-pribadi',
    title: { id: 'Isi Kontak Pribadi dan verifikasi email dinas', en: 'Fill in Kontak Pribadi and verify the work email' },
    detail: {
      id: 'Klik Verifikasi Email Dinas Anda, isi Kontak Pribadi, klik Simpan, lalu Verifikasi di samping Email Dinas dan jawab Ya.',
      en: 'Click Verifikasi Email Dinas Anda, fill in Kontak Pribadi, click Simpan, then Verifikasi next to Email Dinas and answer Ya.',
    },
    pages: ['myasn-kontak-pribadi'],
    source: 'guide:E.7',
    url: 'https://myasn.bkn.go.id/profil/update#kontak-pribadi',
  },
  {
    id: 'aktivasi-email',
    title: { id: 'Aktifkan email dinas dari kotak masuk', en: 'Activate the work email from the inbox' },
    detail: {
      id: 'Buka webmail instansi, cari email "Aktivasi Email Dinas MyASN", klik Aktivasi Email Dinas sampai muncul "Aktivasi Berhasil".',
      en: 'Open the agency webmail, find the mail "Aktivasi Email Dinas MyASN" and click Aktivasi Email Dinas until "Aktivasi Berhasil" appears.',
    },
    pages: [],
    source: 'guide:E.10',
  },
  {
    id: 'registrasi',
    title: { id: 'Registrasi Sertifikat', en: 'Request the certificate' },
    detail: {
      id: 'Kembali ke Sertifikat Elektronik BSrE: Email BSrE kini terisi. Klik Registrasi Sertifikat, lalu Ya.',
      en: 'Back on Sertifikat Elektronik BSrE the BSrE email is now filled in. Click Registrasi Sertifikat, then Ya.',
    },
    pages: ['myasn-sertifikat'],
    source: 'guide:F',
    url: 'https://myasn.bkn.go.id/layanan-asn/sertifikat-elektronik-bsre',
  },
  {
    id: 'aktivasi-akun',
    title: { id: 'Aktivasi akun BSrE', en: 'Activate the BSrE account' },
    detail: {
      id: 'Buka email "[BSrE] Aktivasi Akun" dan klik tombolnya (jika tidak bisa diklik, salin tautan di bawahnya dan tempel di peramban). Lalu isi Data Diri (NIK, Nomor HP, OTP WhatsApp), Data Kedinasan (NIP) dan Foto Diri.',
      en: 'Open the mail "[BSrE] Aktivasi Akun" and click its button (if it cannot be clicked, copy the link below it and paste it into the browser). Then fill in Data Diri (NIK, mobile number, WhatsApp OTP), Data Kedinasan (NIP) and Foto Diri.',
    },
    pages: ['bsre-aktivasi'],
    source: 'guide:F.2',
  },
  {
    id: 'passphrase',
    title: { id: 'Buat passphrase', en: 'Create the passphrase' },
    detail: {
      id: 'Buka tautan "Buat Passphrase" dari WhatsApp BSSN, cek profil, swafoto lagi, lalu buat passphrase dan setujui perjanjian.',
      en: 'Open the "Buat Passphrase" link from BSSN on WhatsApp, check your profile, take a selfie again, then create the passphrase and accept the agreement.',
    },
    pages: ['bsre-passphrase'],
    source: 'guide:F.passphrase.1',
  },
  {
    id: 'terbit',
    title: { id: 'Sertifikat terbit', en: 'Certificate issued' },
    detail: {
      id: 'Email "Selamat, Sertifikat elektronik anda telah terbit!" datang dan status di MyASN menjadi ACTIVE, berlaku 2 tahun.',
      en: 'The mail "Selamat, Sertifikat elektronik anda telah terbit!" arrives and the MyASN status becomes ACTIVE, valid for 2 years.',
    },
    pages: ['myasn-sertifikat'],
    source: 'guide:F.passphrase.7',
    url: 'https://myasn.bkn.go.id/layanan-asn/sertifikat-elektronik-bsre',
  },
];

