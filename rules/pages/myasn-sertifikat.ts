import { definePage } from './define';

/** Guide E.6, E.12, F and the end of F: the certificate status page. Statuses: rules/statuses.ts. */
export const myasnSertifikat = definePage({
  id: 'myasn-sertifikat',
  hosts: ['myasn.bkn.go.id'],
  paths: ['/layanan-asn/sertifikat-elektronik-bsre'],
  markers: {
    any: ['Sertifikat Elektronik BSrE', 'NIK Pegawai', 'Email BSrE', 'Status:', 'Registrasi Sertifikat'],
    min: 2,
  },
  guideStep: 'cek-status',
  contacts: ['helpdesk-bkn', 'bsre', 'persandian'],
  status: { label: 'Status' },
  tips: [
    // What to do next is the status explanation's (rules/statuses.ts): tips here add, never repeat.
    { id: 'registrasi', whenStatus: ['NOT_REGISTERED'], source: 'facts:myasn' },
    { id: 'kendala', source: 'guide:E.6' },
  ],
  fields: [],
  submitButtons: [],
});
