import { definePage } from './define';

/** Guide E.6–8: Profil → Kontak Pribadi, the confirmation dialog, and the activation result. */
export const myasnKontakPribadi = definePage({
  id: 'myasn-kontak-pribadi',
  hosts: ['myasn.bkn.go.id'],
  paths: ['/profil/update', '/profil/update/**'],
  markers: {
    // 'Email Dinas' alone is not enough: the certificate page shows it too.
    any: ['Kontak Pribadi', 'Nomor Handphone', 'Email Pribadi', 'Email dinas Anda telah berhasil diaktivasi', 'Kembali ke Profil'],
    min: 2,
  },
  guideStep: 'kontak-pribadi',
  contacts: ['email-dinas', 'helpdesk-bkn'],
  tips: [],
  fields: [],
  submitButtons: [],
  steps: [
    {
      id: 'form',
      guideStep: 'kontak-pribadi',
      markers: { any: ['Nomor Handphone', 'Email Dinas', 'Email Pribadi', 'Alamat'], min: 2, none: ['Apakah anda yakin'] },
      tips: [
        { id: 'email-dinas-domain', tone: 'warn', source: 'guide:D.2' },
        { id: 'nomor-hp-whatsapp', source: 'guide:E.7' },
        { id: 'alamat-ktp', source: 'guide:E.7' },
        { id: 'simpan-lalu-verifikasi', source: 'guide:E.7' },
      ],
      fields: [
        { field: 'nomor-telepon', labels: ['Nomor Telepon'], names: ['telepon', 'phone', 'telp'], optional: true },
        { field: 'nomor-hp', labels: ['Nomor Handphone', 'Nomor HP'], names: ['handphone', 'hp', 'mobile'], required: true },
        { field: 'email-dinas', labels: ['Email Dinas'], names: ['email_dinas', 'emailDinas', 'email-dinas'], required: true },
        { field: 'email-pribadi', labels: ['Email Pribadi'], names: ['email_pribadi', 'emailPribadi', 'email-pribadi'] },
      ],
      submitButtons: ['Simpan', 'Verifikasi'],
    },
    {
      id: 'konfirmasi',
      guideStep: 'kontak-pribadi',
      markers: { any: ['Apakah anda yakin', 'Anda akan menerima email verifikasi'], min: 1 },
      tips: [
        { id: 'klik-ya', source: 'guide:E.8' },
        { id: 'buka-webmail', source: 'guide:E.9' },
        { id: 'cek-spam', source: 'advice' },
        { id: 'email-tidak-datang', source: 'guide:E.8' },
      ],
      fields: [],
      submitButtons: [],
    },
    {
      id: 'email-aktif',
      guideStep: 'aktivasi-email',
      markers: { any: ['Email dinas Anda telah berhasil diaktivasi', 'Aktivasi Berhasil'], min: 1 },
      tips: [
        { id: 'kembali-ke-sertifikat', source: 'guide:E.12' },
      ],
      fields: [],
      submitButtons: [],
    },
  ],
});
