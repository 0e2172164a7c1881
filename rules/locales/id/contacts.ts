/** Indonesian copy of the national help desks (rules/contacts.ts) and of the email dinas example built from the agency's domains. */
export const contacts = {
  /** The national help desks, the same for every agency (an agency's own desks are worded in its profile). */
  desks: {
    'helpdesk-bkn': {
      name: 'Helpdesk BKN',
      about: 'Verifikasi NIP atau data kepegawaian di MyASN, email verifikasi MyASN yang tidak datang. Tautan Helpdesk BKN ada di halaman Sertifikat Elektronik BSrE di MyASN.',
    },
    bsre: {
      name: 'Layanan BSrE di Telegram',
      about: 'Swafoto (foto diri) dan kendala lain di portal BSrE.',
    },
  },
  /** {emailDinasExample}: how tips show an email dinas on the agency's domains. */
  emailDinas: {
    localPart: 'nama',
    example: 'misalnya {example}',
    pair: '{pns} untuk PNS, {pppk} untuk PPPK',
    suffix: 'alamat dengan domain instansi Anda, yang biasanya berakhiran .{domain}',
  },
};
