/**
 * Agency profiles: what differs between instansi (email domains, help desks, webmail). Kota
 * Magelang is the default because the guide is theirs; another agency adds a file in
 * rules/agencies/ and registers it in rules/agencies/index.ts. Schema: rules/schema.ts.
 */
import type { Contact, ContactId } from './schema';

export type { AgencyProfile, Contact } from './schema';
export { CONTACT_IDS, type ContactId } from './ids';

/** National help desks, the same for every agency (guide, sections E.6 and G). */
export const nationalContacts = {
  'helpdesk-bkn': {
    name: { id: 'Helpdesk BKN', en: 'BKN Helpdesk' },
    about: {
      id: 'Verifikasi NIP atau data kepegawaian di MyASN, email verifikasi MyASN yang tidak datang.',
      en: 'NIP or personnel data problems in MyASN, a MyASN verification email that never arrives.',
    },
    url: 'https://helpdesk.bkn.go.id/',
  },
  bsre: {
    name: { id: 'Layanan informasi BSrE', en: 'BSrE information service' },
    about: {
      id: 'Swafoto (foto diri) dan kendala lain di portal BSrE.',
      en: 'Selfie (foto diri) and other BSrE portal problems.',
    },
    telegram: '@infobsre',
  },
} as const satisfies Partial<Record<ContactId, Contact>>;
