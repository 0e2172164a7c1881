import { definePage } from './define';

/**
 * Guide F, "Pengaturan Passphrase": opened from the "Buat Passphrase" WhatsApp link, usually on a
 * phone. The link's path is not readable in the guide's screenshots (it starts with "/e"), so the
 * paths here are a best guess and the visible content does the real work.
 */
export const bsrePassphrase = definePage({
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
  guideStep: 'passphrase',
  contacts: ['persandian', 'bsre'],
  tips: [],
  fields: [],
  submitButtons: [],
  steps: [
    {
      id: 'cek-profil',
      guideStep: 'passphrase',
      markers: { any: ['Silahkan cek kembali data diri anda', 'Lihat Profil Data Diri'], min: 1 },
      tips: [
        { id: 'lihat-profil', source: 'guide:F.passphrase.2' },
        { id: 'data-salah', source: 'guide:G.2' },
      ],
      fields: [],
      submitButtons: ['OK', 'Next'],
    },
    {
      id: 'foto-diri',
      guideStep: 'passphrase',
      markers: { any: ['Ambil Foto Diri', 'Ambil foto', 'Ambil ulang foto', 'Cara pengambilan foto'], min: 1, none: ['Konfirmasi Passphrase'] },
      tips: [
        { id: 'swafoto-lagi', source: 'guide:F.passphrase.3' },
      ],
      fields: [],
      submitButtons: ['Next'],
    },
    {
      id: 'buat-passphrase',
      guideStep: 'passphrase',
      markers: { any: ['Konfirmasi Passphrase', 'Perjanjian Pemilik Sertifikat Elektronik'], min: 1 },
      tips: [
        { id: 'aturan', tone: 'warn', source: 'guide:F.passphrase.4' },
        { id: 'rahasia', source: 'guide:F.passphrase' },
        { id: 'perjanjian', source: 'guide:F.passphrase.4' },
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
        },
      ],
      submitButtons: ['Submit', 'Kirim', 'Simpan'],
    },
    {
      id: 'berhasil',
      guideStep: 'terbit',
      markers: { any: ['Passphrase Anda berhasil dibuat'], min: 1 },
      tips: [
        { id: 'tunggu-email', source: 'guide:F.passphrase.6' },
        { id: 'lupa', source: 'facts:forgotten-passphrase' },
      ],
      fields: [],
      submitButtons: [],
    },
  ],
});
