import type { PageRule } from '../schema';

/** Guide E.6–8: Profil → Kontak Pribadi, the confirmation dialog, and the activation result. */
export const myasnKontakPribadi: PageRule = {
  id: 'myasn-kontak-pribadi',
  hosts: ['myasn.bkn.go.id'],
  paths: ['/profil/update', '/profil/update/**'],
  markers: {
    // 'Email Dinas' alone is not enough: the certificate page shows it too.
    any: ['Kontak Pribadi', 'Nomor Handphone', 'Email Pribadi', 'Email dinas Anda telah berhasil diaktivasi', 'Kembali ke Profil'],
    min: 2,
  },
  title: { id: 'Kontak Pribadi', en: 'Personal contact details' },
  guideStep: 5,
  contacts: ['email-dinas', 'helpdesk-bkn'],
  tips: [],
  fields: [],
  submitButtons: [],
  steps: [
    {
      id: 'form',
      title: { id: 'Isi Kontak Pribadi', en: 'Fill in Kontak Pribadi' },
      guideStep: 5,
      markers: { any: ['Nomor Handphone', 'Email Dinas', 'Email Pribadi', 'Alamat'], min: 2, none: ['Apakah anda yakin'] },
      tips: [
        {
          id: 'email-dinas-domain',
          tone: 'warn',
          text: {
            id: 'Email Dinas harus alamat email dinas pribadi Anda di domain instansi ({emailDinasExample}), bukan Gmail.',
            en: 'Email Dinas must be your own work address on the agency domain ({emailDinasExample}), not Gmail.',
          },
          source: 'guide:E.7',
        },
        {
          id: 'nomor-hp-whatsapp',
          text: {
            id: 'Nomor Handphone adalah nomor WhatsApp aktif Anda. Tautan Buat Passphrase nanti dikirim ke nomor WhatsApp yang Anda daftarkan di BSrE.',
            en: 'Nomor Handphone is your active WhatsApp number. The passphrase link is later sent to the WhatsApp number you register with BSrE.',
          },
          source: 'guide:E.7',
        },
        {
          id: 'alamat-ktp',
          text: {
            id: 'Isi Alamat domisili sesuai KTP. Email Pribadi boleh email publik maupun email dinas.',
            en: 'Enter the address as on your KTP. Email Pribadi may be a public or a work address.',
          },
          source: 'guide:E.7',
        },
        {
          id: 'simpan-lalu-verifikasi',
          text: {
            id: 'Klik Simpan dahulu, baru klik Verifikasi di samping Email Dinas.',
            en: 'Click Simpan first, then Verifikasi next to Email Dinas.',
          },
          source: 'guide:E.7',
        },
      ],
      fields: [
        { field: 'nomor-telepon', labels: ['Nomor Telepon'], names: ['telepon', 'phone', 'telp'] },
        { field: 'nomor-hp', labels: ['Nomor Handphone', 'Nomor HP'], names: ['handphone', 'hp', 'mobile'], required: true },
        { field: 'email-dinas', labels: ['Email Dinas'], names: ['email_dinas', 'emailDinas', 'email-dinas'], required: true },
        { field: 'email-pribadi', labels: ['Email Pribadi'], names: ['email_pribadi', 'emailPribadi', 'email-pribadi'] },
      ],
      submitButtons: ['Simpan', 'Verifikasi'],
    },
    {
      id: 'konfirmasi',
      title: { id: 'Konfirmasi email verifikasi', en: 'Confirm the verification email' },
      guideStep: 5,
      markers: { any: ['Apakah anda yakin', 'Anda akan menerima email verifikasi'], min: 1 },
      tips: [
        {
          id: 'klik-ya',
          text: {
            id: 'Klik "Ya". MyASN mengirim email verifikasi ke email dinas yang Anda isi.',
            en: 'Click "Ya". MyASN sends a verification email to the work address you entered.',
          },
          source: 'guide:E.8',
        },
        {
          id: 'buka-webmail',
          text: {
            id: 'Buka webmail instansi (username: alamat email lengkap), cari email "Aktivasi Email Dinas MyASN", lalu klik "Aktivasi Email Dinas".',
            en: 'Open the agency webmail (username: the full address), find "Aktivasi Email Dinas MyASN", then click "Aktivasi Email Dinas".',
          },
          source: 'guide:E.9',
        },
        {
          id: 'cek-spam',
          text: {
            id: 'Email tidak ada di Kotak Masuk? Periksa juga folder Spam.',
            en: 'Not in the inbox? Check the Spam folder too.',
          },
          source: 'advice',
        },
        {
          id: 'email-tidak-datang',
          text: {
            id: 'Jika email tetap tidak datang, laporkan melalui Helpdesk BKN.',
            en: 'If the email still does not come, report it through the BKN Helpdesk.',
          },
          source: 'guide:E.8',
        },
      ],
      fields: [],
      submitButtons: [],
    },
    {
      id: 'email-aktif',
      title: { id: 'Email dinas aktif', en: 'Work email activated' },
      guideStep: 6,
      markers: { any: ['Email dinas Anda telah berhasil diaktivasi', 'Aktivasi Berhasil'], min: 1 },
      tips: [
        {
          id: 'kembali-ke-sertifikat',
          text: {
            id: 'Berhasil. Buka lagi Layanan ASN → Sertifikat Elektronik BSrE: Email BSrE kini terisi dan Anda bisa klik Registrasi Sertifikat.',
            en: 'Done. Open Layanan ASN → Sertifikat Elektronik BSrE again: Email BSrE is now filled in and you can click Registrasi Sertifikat.',
          },
          source: 'guide:E.12',
        },
      ],
      fields: [],
      submitButtons: [],
    },
  ],
};
