import { nationalContacts } from '../contacts';
import { defineAgency } from './define';

/** From the guide: section C and F.9 (the office), D (domains, BKPSDM) and G (contacts). */
export const magelang = defineAgency({
  id: 'magelang',
  name: { id: 'Pemerintah Kota Magelang', en: 'Magelang City Government' },
  emailDomains: { pns: 'pns.magelangkota.go.id', pppk: 'asn.magelangkota.go.id' },
  webmail: 'https://mail.magelangkota.go.id/mail/',
  names: {
    tteOffice: {
      id: 'Dinas Komunikasi Informatika dan Statistik (Diskominsta) Kota Magelang',
      en: 'Diskominsta Kota Magelang (the city communication, informatics and statistics office)',
      source: 'guide:F.9',
    },
    tteDesk: {
      id: 'Bidang Statistik dan Persandian Diskominsta Kota Magelang',
      en: 'the Statistics and Cryptography Division of Diskominsta Kota Magelang',
      source: 'guide:G.2',
    },
    personnelOffice: { id: 'BKPSDM Kota Magelang', en: 'BKPSDM Kota Magelang (the city personnel agency)', source: 'guide:D.1' },
  },
  contacts: {
    'email-dinas': {
      name: {
        id: 'Bidang Teknologi Informatika, Diskominsta Kota Magelang',
        en: 'IT Division, Diskominsta Kota Magelang',
      },
      about: {
        id: 'Email dinas: membuat akun email dinas, lupa kata sandi email.',
        en: 'Work email: creating the account, forgotten email password.',
      },
      phone: '(0293) 363695',
      email: 'diskominsta@magelangkota.go.id',
      source: 'guide:G.1',
    },
    persandian: {
      name: {
        id: 'Bidang Statistik dan Persandian, Diskominsta Kota Magelang',
        en: 'Statistics and Cryptography Division, Diskominsta Kota Magelang',
      },
      about: {
        id: 'Sertifikat elektronik: aktivasi akun gagal, lupa passphrase, dan kendala sertifikat lainnya.',
        en: 'Electronic certificate: failed account activation, forgotten passphrase and other certificate problems.',
      },
      whatsapp: '6282281734545',
      phone: '+62 822-8173-4545',
      email: 'persandian@magelangkota.go.id',
      hours: { id: 'Jam kerja', en: 'Working hours' },
      source: 'guide:G.2',
    },
    ...nationalContacts,
    kepegawaian: {
      name: { id: 'BKPSDM Kota Magelang', en: 'BKPSDM (personnel agency), Kota Magelang' },
      about: {
        id: 'Belum punya atau tidak bisa masuk akun ASN Digital.',
        en: 'No ASN Digital account yet, or cannot sign in to it.',
      },
      source: 'guide:D.1',
    },
  },
});
