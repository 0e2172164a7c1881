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
    {
      id: 'email-bsre-kosong',
      tone: 'warn',
      whenStatus: ['NOT_REGISTERED'],
      text: {
        id: 'Jika "Email BSrE" masih kosong, klik "Verifikasi Email Dinas Anda" terlebih dahulu. Registrasi Sertifikat baru bisa setelah email dinas terverifikasi.',
        en: 'If "Email BSrE" is empty, click "Verifikasi Email Dinas Anda" first. You can only request the certificate once the work email is verified.',
      },
    },
    {
      id: 'registrasi',
      whenStatus: ['NOT_REGISTERED'],
      text: {
        id: 'Setelah Email BSrE terisi, klik "Registrasi Sertifikat" lalu "Ya". Email "[BSrE] Aktivasi Akun" akan dikirim ke email dinas Anda.',
        en: 'Once Email BSrE is filled in, click "Registrasi Sertifikat" then "Ya". The mail "[BSrE] Aktivasi Akun" is sent to your work email.',
      },
    },
    {
      id: 'tanpa-passphrase',
      whenStatus: ['NEW', 'NO_CERTIFICATE', 'WAITING_FOR_VERIFICATION'],
      text: {
        id: 'Tautan "Buat Passphrase" dikirim BSSN lewat WhatsApp ke Nomor HP yang Anda daftarkan saat aktivasi akun. Cari pesan dari "Badan Siber dan Sandi Negara".',
        en: 'BSSN sends the "Buat Passphrase" link by WhatsApp to the mobile number you registered during activation. Look for a message from "Badan Siber dan Sandi Negara".',
      },
    },
    {
      id: 'kendala',
      text: {
        id: 'Kendala verifikasi NIP atau data kepegawaian: lapor ke Helpdesk BKN. Kendala swafoto dan lainnya: Telegram @infobsre.',
        en: 'NIP or personnel data problems: report to the BKN Helpdesk. Selfie and other problems: Telegram @infobsre.',
      },
    },
  ],
  fields: [],
  submitButtons: [],
};
