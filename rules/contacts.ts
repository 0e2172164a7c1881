/**
 * Agency profiles: what differs between instansi (email domains, help desks, webmail). Kota
 * Magelang is the default because the guide is theirs; another agency adds a file in
 * rules/agencies/ and registers it in rules/agencies/index.ts. Schema: rules/schema.ts.
 */
import type { AgencyProfile, Contact, ContactId } from './schema';

export type { AgencyProfile, Contact } from './schema';
export { CONTACT_IDS, type ContactId } from './ids';

/** National help desks, the same for every agency (guide, sections E.6 and G). */
export const nationalContacts = {
  'helpdesk-bkn': {
    name: { id: 'Helpdesk BKN', en: 'BKN Helpdesk' },
    about: {
      id: 'Verifikasi NIP atau data kepegawaian di MyASN, email verifikasi MyASN yang tidak datang. Tautan Helpdesk BKN ada di halaman Sertifikat Elektronik BSrE di MyASN.',
      en: 'NIP or personnel data problems in MyASN, a MyASN verification email that never arrives. The Helpdesk BKN link is on the Sertifikat Elektronik BSrE page in MyASN.',
    },
    // The guide names the desk and shows its link on the MyASN page, but not its address.
    source: 'guide:E.6',
  },
  bsre: {
    name: { id: 'Layanan informasi BSrE', en: 'BSrE information service' },
    about: {
      id: 'Swafoto (foto diri) dan kendala lain di portal BSrE.',
      en: 'Selfie (foto diri) and other BSrE portal problems.',
    },
    telegram: '@infobsre',
    source: 'guide:E.6',
  },
} as const satisfies Partial<Record<ContactId, Contact>>;

/**
 * Placeholders that tips, status explanations and page copy may use, filled from the agency
 * profile, so no text names another agency's domains or desks: `{emailDinasExample}`,
 * `{tteOffice}`, `{tteDesk}`, `{personnelOffice}` (see AgencyProfile.names in rules/schema.ts).
 */
export function agencyTipParams(agency: AgencyProfile, locale: 'id' | 'en'): Record<string, string> {
  const names = {
    tteOffice: agency.names.tteOffice[locale],
    tteDesk: agency.names.tteDesk[locale],
    personnelOffice: agency.names.personnelOffice[locale],
  };
  const { pns, pppk } = agency.emailDomains;
  if (agency.emailDomainMatch === 'suffix') {
    return { ...names, emailDinasExample: locale === 'id' ? `alamat di domain .${pns} instansi Anda` : `an address on your agency's .${pns} domain` };
  }
  const name = locale === 'id' ? 'nama' : 'name';
  const forWord = locale === 'id' ? 'untuk' : 'for';
  const example = pns === pppk ? `${name}@${pns}` : `${name}@${pns} ${forWord} PNS, ${name}@${pppk} ${forWord} PPPK`;
  return { ...names, emailDinasExample: locale === 'id' ? `misalnya ${example}` : `e.g. ${example}` };
}
