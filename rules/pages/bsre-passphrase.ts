import type { PageRule } from '../schema';

/**
 * Guide F, "Pengaturan Passphrase": opened from the "Buat Passphrase" WhatsApp link, usually on a
 * phone. The link's path is not readable in the guide's screenshots (it starts with "/e"), so the
 * paths here are a best guess and the visible content does the real work.
 */
export const bsrePassphrase: PageRule = {
  id: 'bsre-passphrase',
  hosts: ['bsre.bssn.go.id'],
  paths: ['/email/passphrase/**', '/passphrase/**', '/email/reset/passphrase/**'],
  markers: {
    any: [
      'Buat Passphrase',
      'Konfirmasi Passphrase',
      'Silahkan cek kembali data diri anda',
      'Lihat Profil Data Diri',
      'Passphrase Anda berhasil dibuat',
      // The passphrase wizard's selfie step (guide F, Pengaturan Passphrase 2): the heading before
      // the photo is taken, a retake button after. The activation wizard shows the same heading, so
      // at an unexpected URL the hit count decides; at the passphrase URL the URL does.
      'Ambil Foto Diri',
      'Ambil ulang foto',
    ],
    min: 1,
    none: ['Kirim Kode OTP', 'Cek NIP'],
  },
  title: { id: 'Buat passphrase', en: 'Create the passphrase' },
  guideStep: 9,
  contacts: ['persandian', 'bsre'],
  tips: [],
  fields: [],
  submitButtons: [],
  steps: [
    {
      id: 'cek-profil',
      title: { id: 'Cek profil', en: 'Check your profile' },
      guideStep: 9,
      markers: { any: ['Silahkan cek kembali data diri anda', 'Lihat Profil Data Diri'], min: 1 },
      tips: [
        {
          id: 'lihat-profil',
          text: {
            id: 'Klik "Lihat Profil Data Diri" dan periksa nama, email, nomor telepon dan provinsi. Jika sudah sesuai, klik OK lalu Next.',
            en: 'Click "Lihat Profil Data Diri" and check name, email, phone number and province. If all is right, click OK then Next.',
          },
          source: 'guide:F.passphrase.2',
        },
        {
          id: 'data-salah',
          text: {
            id: 'Ada data yang salah? Jangan lanjutkan dulu; tanyakan kepada {tteDesk}.',
            en: 'Something wrong? Do not continue yet; ask {tteDesk}.',
          },
          source: 'advice',
        },
      ],
      fields: [],
      submitButtons: ['OK', 'Next'],
    },
    {
      id: 'foto-diri',
      title: { id: 'Foto Diri', en: 'Selfie' },
      guideStep: 9,
      markers: { any: ['Ambil Foto Diri', 'Ambil foto', 'Ambil ulang foto', 'Cara pengambilan foto'], min: 1, none: ['Konfirmasi Passphrase'] },
      tips: [
        {
          id: 'swafoto-lagi',
          text: {
            id: 'Lakukan swafoto seperti saat aktivasi akun: cahaya cukup terang, wajah sejajar kamera, semirip mungkin dengan foto KTP.',
            en: 'Take a selfie as during activation: enough light, face level with the camera, as close as possible to your KTP photo.',
          },
          source: 'guide:F.passphrase.3',
        },
      ],
      fields: [],
      submitButtons: ['Next'],
    },
    {
      id: 'buat-passphrase',
      title: { id: 'Buat Passphrase', en: 'Create the passphrase' },
      guideStep: 9,
      markers: { any: ['Konfirmasi Passphrase', 'Perjanjian Pemilik Sertifikat Elektronik'], min: 1 },
      tips: [
        {
          id: 'aturan',
          tone: 'warn',
          text: {
            id: 'Passphrase minimal 8 karakter dan harus memuat huruf besar, huruf kecil, angka, dan simbol, tanpa spasi.',
            en: 'The passphrase needs at least 8 characters with upper-case, lower-case, a digit and a symbol, and no spaces.',
          },
          source: 'guide:F.passphrase.4',
        },
        {
          id: 'rahasia',
          text: {
            id: 'Passphrase dipakai setiap kali Anda menandatangani. Buat yang mudah Anda ingat tetapi sulit ditebak orang lain, dan jangan berikan kepada siapa pun.',
            en: 'You use the passphrase at every signature. Make it easy for you to remember, hard for others to guess, and never share it.',
          },
          source: 'guide:F.passphrase',
        },
        {
          id: 'perjanjian',
          text: {
            id: 'Buka "Perjanjian Pemilik Sertifikat Elektronik", baca, lalu klik "Setuju". Tanpa itu, Submit ditolak.',
            en: 'Open "Perjanjian Pemilik Sertifikat Elektronik", read it, then click "Setuju". Without it Submit is refused.',
          },
          source: 'guide:F.passphrase.4',
        },
      ],
      fields: [
        { field: 'passphrase', labels: ['Passphrase'], names: ['passphrase', 'password'], required: true },
        {
          field: 'passphrase-konfirmasi',
          labels: ['Konfirmasi Passphrase', 'Ulangi Passphrase'],
          names: ['confirm', 'konfirmasi', 'passphrase_confirmation', 'confirmPassphrase'],
          required: true,
        },
        {
          field: 'persetujuan',
          labels: ['Perjanjian Pemilik Sertifikat Elektronik', 'Setuju', 'Saya menyetujui'],
          names: ['agree', 'setuju', 'perjanjian', 'persetujuan'],
          count: 1,
        },
      ],
      submitButtons: ['Submit', 'Kirim', 'Simpan'],
    },
    {
      id: 'berhasil',
      title: { id: 'Passphrase dibuat', en: 'Passphrase created' },
      guideStep: 10,
      markers: { any: ['Passphrase Anda berhasil dibuat'], min: 1 },
      tips: [
        {
          id: 'tunggu-email',
          text: {
            id: 'Selesai. Email "Selamat, Sertifikat elektronik anda telah terbit!" akan datang ke email dinas, dan status di MyASN menjadi ACTIVE.',
            en: 'Done. The mail "Selamat, Sertifikat elektronik anda telah terbit!" arrives in your work email and the MyASN status becomes ACTIVE.',
          },
          source: 'guide:F.passphrase.6',
        },
        {
          id: 'lupa',
          text: {
            id: 'Lupa passphrase nanti? Reset di portal BSrE (Sertifikat Saya → Daftar Sertifikat Elektronik → Aksi) atau hubungi {tteDesk}.',
            en: 'Forget it later? Reset it in the BSrE portal (Sertifikat Saya → Daftar Sertifikat Elektronik → Aksi) or contact {tteDesk}.',
          },
          source: 'facts:forgotten-passphrase',
        },
      ],
      fields: [],
      submitButtons: [],
    },
  ],
};
