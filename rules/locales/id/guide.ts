/** Indonesian copy of the whole guide's steps (rules/guide.ts), by guide step id. */

export const persiapan = {
  title: 'Persiapan',
  detail: 'Siapkan akun ASN Digital yang aktif, email dinas pribadi yang aktif, KTP, dan aplikasi otentikator di ponsel.',
};

export const masukSso = {
  title: 'Masuk ke ASN Digital',
  detail: 'Masuk dengan NIP sebagai username, kata sandi ASN Digital, dan kode OTP dari aplikasi otentikator.',
};

export const bukaMyasn = {
  title: 'Buka MyASN',
  detail: 'Pilih Layanan Individu ASN, lalu MyASN, lalu Layanan ASN → Sertifikat Elektronik BSrE.',
};

export const cekStatus = {
  title: 'Cek status sertifikat',
  detail: 'Halaman Sertifikat Elektronik BSrE menampilkan status Anda. NOT_REGISTERED berarti Anda belum terdaftar di BSrE.',
};

export const kontakPribadi = {
  title: 'Isi Kontak Pribadi dan verifikasi email dinas',
  detail: 'Klik Verifikasi Email Dinas Anda, isi Kontak Pribadi, klik Simpan, lalu Verifikasi di samping Email Dinas dan jawab Ya.',
};

export const aktivasiEmail = {
  title: 'Aktifkan email dinas dari kotak masuk',
  detail: 'Buka webmail instansi, cari email "Aktivasi Email Dinas MyASN", lalu klik Aktivasi Email Dinas. Akan muncul "Aktivasi Berhasil".',
};

export const registrasi = {
  title: 'Registrasi Sertifikat',
  detail: 'Kembali ke Sertifikat Elektronik BSrE: Email BSrE kini terisi. Klik Registrasi Sertifikat, lalu Ya.',
};

export const aktivasiAkun = {
  title: 'Aktivasi akun BSrE',
  detail: 'Buka email "[BSrE] Aktivasi Akun" dan klik tombolnya (jika tidak bisa diklik, salin tautan di bawahnya dan tempel di peramban). Lalu isi Data Diri (NIK, Nomor HP, OTP WhatsApp), Data Kedinasan (NIP) dan Foto Diri.',
};

export const passphrase = {
  title: 'Buat passphrase',
  detail: 'Buka tautan "Buat Passphrase" dari WhatsApp BSSN, cek profil, swafoto lagi, lalu buat passphrase dan setujui perjanjian.',
};

export const terbit = {
  title: 'Sertifikat terbit',
  detail: 'Email "Selamat, Sertifikat elektronik anda telah terbit!" datang dan status di MyASN menjadi ACTIVE. Sertifikat berlaku {validityYears} tahun sejak terbit.',
};

/** Every guide step's words by its id (the guide page; a portal host's content script picks the steps its pages and statuses name: rules/hosts/). */
export const guide = {
  persiapan,
  'masuk-sso': masukSso,
  'buka-myasn': bukaMyasn,
  'cek-status': cekStatus,
  'kontak-pribadi': kontakPribadi,
  'aktivasi-email': aktivasiEmail,
  registrasi,
  'aktivasi-akun': aktivasiAkun,
  passphrase,
  terbit,
};
