/**
 * Agency profiles: what differs between instansi (email domains, help desks, webmail). Kota
 * Magelang is the default because the guide is theirs; another agency adds a file in
 * rules/agencies/ and registers it in rules/agencies/index.ts.
 */
import * as z from 'zod/mini';
import { CONTACT_IDS, Localized } from './schema';

export { CONTACT_IDS, type ContactId } from './schema';

const domain = z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/));

export const Contact = z.object({
  name: Localized,
  /** What to call them about, so the user picks the right desk. */
  about: Localized,
  phone: z.optional(z.string().check(z.regex(/^[0-9 ()+-]{6,24}$/))),
  /** Digits only with country code, for https://wa.me/<number> click-to-chat links. */
  whatsapp: z.optional(z.string().check(z.regex(/^62[0-9]{8,13}$/))),
  email: z.optional(z.email()),
  telegram: z.optional(z.string().check(z.regex(/^@[A-Za-z0-9_]{3,40}$/))),
  url: z.optional(z.url()),
  hours: z.optional(Localized),
  /** Facts the guide's OCR could not confirm; shown with a caution. */
  unverified: z.optional(z.boolean()),
});
export type Contact = z.infer<typeof Contact>;

export const AgencyProfile = z.object({
  /** No dashes: the help code uses '-' between its parts. */
  id: z.string().check(z.regex(/^[a-z0-9]{2,40}$/)),
  name: Localized,
  emailDomains: z.object({ pns: domain, pppk: domain }),
  webmail: z.optional(z.url()),
  contacts: z.record(z.enum(CONTACT_IDS), Contact),
});
export type AgencyProfile = z.infer<typeof AgencyProfile>;
