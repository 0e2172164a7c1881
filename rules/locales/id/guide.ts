/** Indonesian copy of the whole guide's steps (rules/guide.ts), by guide step id. */
export const guide = {
  persiapan: {
    title: 'Persiapan',
    detail: 'Siapkan akun ASN Digital yang aktif, email dinas pribadi yang aktif, KTP, dan aplikasi otentikator di ponsel.',
  },
  'masuk-sso': {
    title: 'Masuk ke ASN Digital',
    detail: 'Masuk dengan NIP sebagai username, kata sandi ASN Digital, dan kode OTP dari aplikasi otentikator.',
  },
  'buka-myasn': {
    title: 'Buka MyASN',
    detail: 'Pilih Layanan Individu ASN, lalu MyASN, lalu Layanan ASN → Sertifikat Elektronik BSrE.',
  },
  'cek-status': {
    title: 'Cek status sertifikat',
    detail: 'Halaman Sertifikat Elektronik BSrE menampilkan status Anda. NOT_REGISTERED berarti Anda belum terdaftar di BSrE.',
  },
  'kontak-pribadi': {
    title: 'Isi Kontak Pribadi dan verifikasi email dinas',
    detail: 'Klik Verifikasi Email Dinas Anda, isi Kontak Pribadi, klik Simpan, lalu Verifikasi di samping Email Dinas dan jawab Ya.',
  },
  'aktivasi-email': {
    title: 'Aktifkan email dinas dari kotak masuk',
    detail: 'Buka webmail instansi, cari email "Aktivasi Email Dinas MyASN", klik Aktivasi Email Dinas sampai muncul "Aktivasi Berhasil".',
  },
  registrasi: {
    title: 'Registrasi Sertifikat',
    detail: 'Kembali ke Sertifikat Elektronik BSrE: Email BSrE kini terisi. Klik Registrasi Sertifikat, lalu Ya.',
  },
  'aktivasi-akun': {
    title: 'Aktivasi akun BSrE',
    detail: 'Buka email "[BSrE] Aktivasi Akun" dan klik tombolnya (jika tidak bisa diklik, salin tautan di bawahnya dan tempel di peramban). Lalu isi Data Diri (NIK, Nomor HP, OTP WhatsApp), Data Kedinasan (NIP) dan Foto Diri.',
  },
  passphrase: {
    title: 'Buat passphrase',
    detail: 'Buka tautan "Buat Passphrase" dari WhatsApp BSSN, cek profil, swafoto lagi, lalu buat passphrase dan setujui perjanjian.',
  },
  terbit: {
    title: 'Sertifikat terbit',
    detail: 'Email "Selamat, Sertifikat elektronik anda telah terbit!" datang dan status di MyASN menjadi ACTIVE, berlaku 2 tahun.',
  },
};
