/**
 * Indonesian copy of the portal pages (rules/pages/*.ts): each page's and wizard step's title and its tips, by page id / step id /
 * tip id. The rule keeps the tip's tone, whenStatus and source. Placeholders: {emailDinasExample}, {tteOffice}, {tteDesk},
 * {personnelOffice} (filled from the agency profile).
 */
import type { PageId } from '../../ids';

export const ssoLogin = {
  title: 'Masuk ke ASN Digital (SSO)',
  tips: {
    'nip-atau-sandi-salah': 'Portal menolak username atau kata sandi. Username adalah NIP Anda, dan kata sandinya adalah kata sandi akun ASN Digital, bukan kata sandi email dinas.',
    'kode-otp-salah': 'Kode dari aplikasi otentikator ditolak. Kode itu mengikuti jam ponsel: pastikan jam dan zona waktu ponsel Anda benar, lalu ketik kode yang sedang tampil. Bisa juga coba keluar, lalu masuk lagi. Jika tetap ditolak, {personnelOffice} dapat mengatur ulang otentikator (MFA) akun Anda.',
    'kode-otp-kosong': 'Kode OTP belum diisi: ketik {otpLength} angka yang sedang tampil di aplikasi otentikator di ponsel Anda.',
  },
  steps: {
    masuk: {
      title: 'Masuk ke ASN Digital (SSO)',
      tips: {
        'username-nip': 'Username adalah NIP Anda ({nipLength} digit, tanpa spasi). Pegawai PPPK memakai NI PPPK di kolom yang sama.',
        'password-asn-digital': 'Password adalah kata sandi akun ASN Digital, bukan kata sandi email dinas.',
        'otp-authenticator': 'Kode OTP adalah {otpLength} angka dari aplikasi otentikator di ponsel Anda. Ketik kode yang sedang tampil di aplikasi itu.',
        'no-account': 'Belum punya akun ASN Digital? Hubungi {personnelOffice}.',
        'bukan-asn': 'Bukan PNS atau PPPK, tetapi terikat perjanjian kerja dengan instansi? Anda tidak mendaftar lewat MyASN: ajukan permohonan sertifikat elektronik kepada {tteOffice}.',
      },
    },
    otp: {
      title: 'Kode OTP ASN Digital',
      tips: {
        'otp-authenticator': 'Kode OTP adalah {otpLength} angka dari aplikasi otentikator di ponsel Anda. Ketik kode yang sedang tampil di aplikasi itu.',
      },
    },
  },
};

export const asndigitalLayanan = {
  title: 'Pilih layanan di ASN Digital',
  tips: {
    'pilih-layanan-individu': 'Pilih "Layanan Individu ASN", lalu pilih "MyASN".',
  },
};

export const myasnDashboard = {
  title: 'Dashboard MyASN',
  tips: {
    'buka-layanan-asn': 'Klik menu "Layanan ASN" di sisi kiri, lalu pilih "Sertifikat Elektronik BSrE".',
    'cek-data': 'Periksa nama dan NIP di kartu profil. Jika ada kendala NIP atau data kepegawaian saat mendaftar TTE, laporkan ke Helpdesk BKN.',
  },
};

export const myasnLayanan = {
  title: 'Layanan ASN',
  tips: {
    'pilih-sertifikat': 'Pilih "Sertifikat Elektronik BSrE" untuk melihat status sertifikat Anda.',
  },
};

export const myasnSertifikat = {
  title: 'Sertifikat Elektronik BSrE',
  tips: {
    registrasi: 'Jika MyASN meminta verifikasi Data Kependudukan (NIK dan KK) sebelum Registrasi Sertifikat, selesaikan verifikasi itu terlebih dahulu.',
    kendala: 'Kendala verifikasi NIP atau data kepegawaian: lapor ke Helpdesk BKN. Kendala swafoto dan lainnya: Telegram @infobsre.',
  },
};

export const myasnKontakPribadi = {
  title: 'Kontak Pribadi',
  steps: {
    form: {
      title: 'Isi Kontak Pribadi',
      tips: {
        'email-dinas-domain': 'Email Dinas harus alamat email dinas pribadi Anda, bukan Gmail: {emailDinasExample}.',
        'nomor-hp-whatsapp': 'Nomor Handphone adalah nomor WhatsApp aktif Anda.',
        'alamat-ktp': 'Isi Alamat domisili sesuai KTP. Email Pribadi boleh email publik maupun email dinas.',
        'simpan-lalu-verifikasi': 'Klik Simpan dahulu, baru klik Verifikasi di samping Email Dinas.',
      },
    },
    konfirmasi: {
      title: 'Konfirmasi email verifikasi',
      tips: {
        'klik-ya': 'Klik "Ya". MyASN mengirim email verifikasi ke email dinas yang Anda isi.',
        'buka-webmail': 'Buka webmail instansi (username: alamat email lengkap), cari email "Aktivasi Email Dinas MyASN", lalu klik "Aktivasi Email Dinas".',
        'cek-spam': 'Email tidak ada di Kotak Masuk? Periksa juga folder Spam.',
        'email-tidak-datang': 'Jika email tetap tidak datang, laporkan melalui Helpdesk BKN.',
      },
    },
    'email-aktif': {
      title: 'Email dinas aktif',
      tips: {
        'kembali-ke-sertifikat': 'Berhasil. Buka lagi Layanan ASN → Sertifikat Elektronik BSrE: Email BSrE kini terisi dan Anda bisa klik Registrasi Sertifikat.',
      },
    },
  },
};

export const bsreAktivasi = {
  title: 'Aktivasi akun BSrE',
  steps: {
    'data-diri': {
      title: 'Data Diri',
      tips: {
        'nik-16': 'NIK adalah nomor {nikLength} digit di KTP Anda. Ketik persis seperti yang tertulis di KTP.',
        'nomor-hp-wa': 'Nomor HP harus nomor WhatsApp aktif: kode OTP dan nanti tautan Buat Passphrase dikirim BSSN lewat WhatsApp.',
        'otp-wa': 'Klik "Kirim Kode OTP", masukkan kode OTP dari pesan WhatsApp "Badan Siber dan Sandi Negara", lalu klik "Verifikasi OTP". Setelah muncul "Nomor terverifikasi", klik Next.',
      },
    },
    'data-kedinasan': {
      title: 'Data Kedinasan',
      tips: {
        'asn-dan-polri': 'Pilih status kepegawaian "ASN dan POLRI", isi NIP Anda, lalu klik "Cek NIP / NRP". Unit Organisasi, Jabatan dan Provinsi akan tampil.',
        'nip-pppk': 'Pegawai PPPK mengisi NI PPPK di kolom NIP / NRP: {nipLength} digit, dengan angka 2 sebagai digit ke-13.',
        'data-salah': 'Jika data kepegawaian yang tampil salah atau NIP tidak ditemukan, laporkan ke Helpdesk BKN.',
      },
    },
    'foto-diri': {
      title: 'Foto Diri',
      tips: {
        'mirip-ktp': 'Swafoto dibandingkan dengan foto Anda di data Dukcapil: usahakan tampil semirip mungkin dengan foto di KTP.',
        cahaya: 'Pastikan cahaya cukup terang dan wajah sejajar dengan kamera.',
        persetujuan: 'Baca Kebijakan Privasi BSrE, centang kedua persetujuan, lalu klik Submit.',
        gagal: 'Jika aktivasi akun tidak berhasil, hubungi {tteOffice}.',
      },
    },
    berhasil: {
      title: 'Aktivasi berhasil',
      tips: {
        'tunggu-wa': 'Tautan "Buat Passphrase" dikirim BSSN lewat WhatsApp ke Nomor HP yang Anda daftarkan. Buka tautan itu untuk langkah terakhir.',
        'cek-email': 'Layar ini meminta Anda memeriksa email untuk mengatur passphrase, jadi periksa juga email dinas Anda, selain WhatsApp.',
        'tautan-tidak-datang': 'Tautan tidak datang, baik lewat WhatsApp maupun email? Hubungi {tteDesk}.',
      },
    },
  },
};

export const bsrePassphrase = {
  title: 'Buat passphrase',
  steps: {
    'cek-profil': {
      title: 'Cek profil',
      tips: {
        'lihat-profil': 'Klik "Lihat Profil Data Diri" dan periksa data diri yang tampil. Jika sudah sesuai, klik OK lalu Next.',
        'data-salah': 'Ada data yang salah? Jangan lanjutkan dulu. Tanyakan kepada {tteDesk}.',
      },
    },
    'foto-diri': {
      title: 'Foto Diri',
      tips: {
        'swafoto-lagi': 'Lakukan swafoto seperti saat aktivasi akun: cahaya cukup terang, wajah sejajar kamera, semirip mungkin dengan foto KTP.',
      },
    },
    'buat-passphrase': {
      title: 'Buat Passphrase',
      tips: {
        aturan: 'Passphrase minimal {passphraseMin} karakter dan harus memuat huruf besar, huruf kecil, angka, dan simbol, tanpa spasi.',
        rahasia: 'Passphrase dipakai setiap kali Anda menandatangani. Buat yang mudah Anda ingat tetapi sulit ditebak orang lain, dan jangan berikan kepada siapa pun.',
        perjanjian: 'Buka "Perjanjian Pemilik Sertifikat Elektronik", baca, lalu klik "Setuju". Passphrase tidak bisa dikirim (Submit) sebelum Anda menyetujuinya.',
      },
    },
    berhasil: {
      title: 'Passphrase dibuat',
      tips: {
        'tunggu-email': 'Selesai. Email "Selamat, Sertifikat elektronik anda telah terbit!" akan datang ke email dinas, dan status di MyASN menjadi ACTIVE.',
        lupa: 'Jika nanti lupa passphrase, Anda dapat meresetnya di portal BSrE (Sertifikat Saya → Daftar Sertifikat Elektronik → Aksi) atau menghubungi {tteDesk}.',
      },
    },
  },
};

/** Every page's words by page id (the extension pages and the tests; a portal host's content script picks its pages' consts above: rules/hosts/). */
export const pages = {
  'sso-login': ssoLogin,
  'asndigital-layanan': asndigitalLayanan,
  'myasn-dashboard': myasnDashboard,
  'myasn-layanan': myasnLayanan,
  'myasn-sertifikat': myasnSertifikat,
  'myasn-kontak-pribadi': myasnKontakPribadi,
  'bsre-aktivasi': bsreAktivasi,
  'bsre-passphrase': bsrePassphrase,
} satisfies Record<PageId, unknown>;
