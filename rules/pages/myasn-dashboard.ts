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
    },
    {
      id: 'cek-data',
      text: {
        id: 'Pastikan nama dan NIP di kartu profil sudah benar. Data yang salah akan menghambat pendaftaran; laporkan ke Helpdesk BKN.',
        en: 'Check that the name and NIP on the profile card are right. Wrong data blocks registration; report it to the BKN Helpdesk.',
      },
    },
  ],
  fields: [],
  submitButtons: [],
};
