import type { PageRule } from '../schema';

/** Guide E.4: the MyASN dashboard. */
export const myasnDashboard: PageRule = {
  id: 'myasn-dashboard',
  hosts: ['myasn.bkn.go.id'],
  paths: ['/dashboard', '/'],
  // Not 'Dashboard' or 'Layanan ASN': the side menu shows those on every MyASN page.
  markers: { any: ['Selamat Datang', 'Aksi Cepat'], min: 1 },
  title: { id: 'Dashboard MyASN', en: 'MyASN dashboard' },
  guideStep: 3,
  contacts: ['helpdesk-bkn', 'persandian'],
  tips: [
    {
      id: 'buka-layanan-asn',
      text: {
        id: 'Klik menu "Layanan ASN" di sisi kiri, lalu pilih "Sertifikat Elektronik BSrE".',
        en: 'Click "Layanan ASN" in the left menu, then choose "Sertifikat Elektronik BSrE".',
      },
      source: 'guide:E.5',
    },
    {
      id: 'cek-data',
      text: {
        id: 'Periksa nama dan NIP di kartu profil. Kendala NIP atau data kepegawaian saat mendaftar TTE dilaporkan ke Helpdesk BKN.',
        en: 'Check the name and NIP on the profile card. Problems with the NIP or personnel data while registering for TTE go to the BKN Helpdesk.',
      },
      source: 'guide:E.6',
    },
  ],
  fields: [],
  submitButtons: [],
};
