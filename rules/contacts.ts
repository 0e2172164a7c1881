/**
 * Agency profiles: what differs between instansi (email domains, help desks, webmail). Kota
 * Magelang is the default because the guide is theirs; another agency adds a file in
 * rules/agencies/ and registers it in rules/agencies/index.ts. Schema: rules/schema.ts.
 */
export type { AgencyProfile, Contact } from './schema';
export { CONTACT_IDS, type ContactId } from './ids';
