import { definePage } from './define';

/** Guide E.4: the MyASN dashboard. */
export const myasnDashboard = definePage({
  id: 'myasn-dashboard',
  hosts: ['myasn.bkn.go.id'],
  paths: ['/dashboard', '/'],
  // Not 'Dashboard' or 'Layanan ASN': the side menu shows those on every MyASN page.
  markers: { any: ['Selamat Datang', 'Aksi Cepat'], min: 1 },
  guideStep: 'buka-myasn',
  contacts: ['helpdesk-bkn', 'persandian'],
  tips: [
    { id: 'buka-layanan-asn', source: 'guide:E.5' },
    { id: 'cek-data', source: 'guide:E.6' },
  ],
  fields: [],
  submitButtons: [],
});
