import { definePage } from './define';

/** Guide E.5: Layanan ASN, the list of services. */
export const myasnLayanan = definePage({
  id: 'myasn-layanan',
  hosts: ['myasn.bkn.go.id'],
  paths: ['/layanan-asn'],
  markers: {
    any: ['Layanan ASN', 'Sertifikat Elektronik BSrE', 'Kartu ASN Virtual'],
    min: 2,
    // The certificate page shows the same menu; these only appear there.
    none: ['NIK Pegawai', 'Registrasi Sertifikat', 'Email BSrE'],
  },
  guideStep: 'buka-myasn',
  contacts: ['helpdesk-bkn', 'persandian'],
  tips: [
    { id: 'pilih-sertifikat', source: 'guide:E.5' },
  ],
  fields: [],
  submitButtons: [],
});
