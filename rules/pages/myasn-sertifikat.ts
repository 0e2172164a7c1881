import type { PageRule } from '../schema';

/** Guide E.6, E.12, F and the end of F: the certificate status page. Statuses: rules/statuses.ts. */
export const myasnSertifikat: PageRule = {
  id: 'myasn-sertifikat',
  hosts: ['myasn.bkn.go.id'],
  paths: ['/layanan-asn/sertifikat-elektronik-bsre'],
  markers: {
    any: ['Sertifikat Elektronik BSrE', 'NIK Pegawai', 'Email BSrE', 'Status:', 'Registrasi Sertifikat'],
    min: 2,
  },
  title: { id: 'Sertifikat Elektronik BSrE', en: 'BSrE electronic certificate' },
  guideStep: 4,
  contacts: ['helpdesk-bkn', 'bsre', 'persandian'],
  status: { label: 'Status' },
  tips: [
    // What to do next is the status explanation's (rules/statuses.ts): tips here add, never repeat.
    {
      id: 'registrasi',
      whenStatus: ['NOT_REGISTERED'],
      text: {
        id: 'Jika MyASN meminta verifikasi Data Kependudukan (NIK dan KK) sebelum Registrasi Sertifikat, selesaikan verifikasi itu terlebih dahulu.',
        en: 'If MyASN asks you to verify Data Kependudukan (NIK and KK) before Registrasi Sertifikat, finish that check first.',
      },
      source: 'facts:myasn',
    },
    {
      id: 'kendala',
      text: {
        id: 'Kendala verifikasi NIP atau data kepegawaian: lapor ke Helpdesk BKN. Kendala swafoto dan lainnya: Telegram @infobsre.',
        en: 'NIP or personnel data problems: report to the BKN Helpdesk. Selfie and other problems: Telegram @infobsre.',
      },
      source: 'guide:E.6',
    },
  ],
  fields: [],
  submitButtons: [],
};
