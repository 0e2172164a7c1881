/** English copy of the national help desks (rules/contacts.ts) and of the email dinas example built from the agency's domains. */
import type { Copy } from '../types';

export const contacts: Copy['contacts'] = {
  /** The national help desks, the same for every agency (an agency's own desks are worded in its profile). */
  desks: {
    'helpdesk-bkn': {
      name: 'BKN Helpdesk',
      about: 'NIP or personnel data problems in MyASN, a MyASN verification email that never arrives. The Helpdesk BKN link is on the Sertifikat Elektronik BSrE page in MyASN.',
    },
    bsre: {
      name: 'BSrE on Telegram',
      about: 'Selfie (foto diri) and other BSrE portal problems.',
    },
  },
  /** {emailDinasExample}: how tips show an email dinas on the agency's domains. */
  emailDinas: {
    localPart: 'name',
    example: 'e.g. {example}',
    pair: '{pns} for PNS, {pppk} for PPPK',
    suffix: "an address on your agency's own domain, which usually ends in .{domain}",
  },
};
