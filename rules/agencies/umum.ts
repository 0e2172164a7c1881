import { nationalContacts } from '../contacts';
import { defineAgency } from './define';

/**
 * Any other agency (instansi) we have no data for. The guide says they follow the same flow with
 * their own email domain and help desk, so: the email dinas is checked against the government
 * parent domain only (`.go.id`, see `emailDomainMatch` in rules/schema.ts), and the agency's own
 * desks are described, not numbered: a made-up phone number would send people to the wrong desk.
 */
export const umum = defineAgency({
  id: 'umum',
  name: { id: 'Instansi lain (umum)', en: 'Other agency (generic)' },
  emailDomains: { pns: 'go.id', pppk: 'go.id' },
  emailDomainMatch: 'suffix',
  names: {
    // What every agency has, described, not named: advice.
    tteOffice: { id: 'unit yang mengurus TTE di instansi Anda', en: 'the unit that handles e-signatures (TTE) at your agency', source: 'advice' },
    tteDesk: { id: 'unit yang mengurus TTE di instansi Anda', en: 'the unit that handles e-signatures (TTE) at your agency', source: 'advice' },
    personnelOffice: { id: 'bagian kepegawaian instansi Anda (mis. BKPSDM, BKD, atau Biro SDM)', en: "your agency's personnel office (e.g. BKPSDM, BKD or the HR bureau)", source: 'advice' },
  },
  contacts: {
    'email-dinas': {
      name: { id: 'Pengelola email dinas instansi Anda', en: "Your agency's work email administrator" },
      about: {
        id: 'Email dinas: membuat akun, lupa kata sandi, alamat webmail. Biasanya Diskominfo (pemerintah daerah) atau unit TI instansi Anda.',
        en: 'Work email: creating the account, forgotten password, webmail address. Usually Diskominfo (local government) or your agency IT unit.',
      },
      source: 'guide:G.1',
    },
    persandian: {
      name: { id: 'Unit TTE / persandian instansi Anda', en: "Your agency's e-signature (TTE) / cryptography unit" },
      about: {
        id: 'Sertifikat elektronik: aktivasi akun gagal, lupa passphrase, dan kendala sertifikat lainnya. Di pemerintah daerah biasanya bidang persandian Diskominfo; tanyakan kontaknya ke bagian kepegawaian atau atasan Anda.',
        en: 'Electronic certificate: failed account activation, forgotten passphrase and other certificate problems. In local government usually the cryptography (persandian) division of Diskominfo; ask your personnel office or supervisor for the contact.',
      },
      source: 'guide:G.2',
    },
    ...nationalContacts,
    kepegawaian: {
      name: { id: 'Bagian kepegawaian instansi Anda (mis. BKPSDM, BKD, atau Biro SDM)', en: "Your agency's personnel office (e.g. BKPSDM, BKD or the HR bureau)" },
      about: {
        id: 'Belum punya atau tidak bisa masuk akun ASN Digital.',
        en: 'No ASN Digital account yet, or cannot sign in to it.',
      },
      source: 'guide:D.1',
    },
  },
});
