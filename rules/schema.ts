/**
 * The shape of every piece of rule data (all zod schemas live here, and only here). Rules are plain objects checked by these schemas in a
 * unit test (so a malformed rule fails `npm test`), and their TypeScript types come from here.
 * zod/mini keeps the content script small; `jitless` keeps strict page CSPs free of `eval` probes.
 */
import * as z from 'zod/mini';
import { CONTACT_IDS, FIELD_IDS, GUIDE_STEP_IDS, NATIONAL_DESK_IDS, PAGE_IDS, STATUS_CODES } from './ids';
import { EMAIL_BSRE_STATES } from './engine/emailBsre';
import { SOURCE_IDS } from './sources';

export { CONTACT_IDS, NATIONAL_DESK_IDS, PAGE_IDS, type ContactId, type PageId } from './ids';

z.config({ jitless: true });

const text = z.string().check(z.minLength(1), z.maxLength(2000));
const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

/**
 * Words that come with data, in both locales (an agency profile's names and desks: the agency's data,
 * not translation). All other copy lives per language in rules/locales/<lang>/; rules keep ids.
 */
export const Localized = z.object({ id: text, en: text });
export type Localized = z.infer<typeof Localized>;

/**
 * Where a sentence comes from: a guide section, a facts entry (rules/sources.ts), or 'advice'
 * (general advice that states no fact). tests/unit/provenance.test.ts holds advice to its limits.
 */
export const Source = z.enum(SOURCE_IDS);
export type Source = z.infer<typeof Source>;

/**
 * Visible-text markers, matched case-insensitively against what the user can see (headings,
 * labels, buttons, text). `any`: at least `min` of them must be visible; `none`: if any of them is
 * visible this is not the page/step (e.g. the dialog of another step). `forms`: ids of forms the
 * software behind the page always renders, whatever its theme or language (Keycloak's
 * `kc-form-login`); each one on the page counts as one marker seen.
 */
export const Markers = z.object({
  any: z.array(text).check(z.minLength(1)),
  min: z.optional(z.number().check(z.int(), z.minimum(1))),
  none: z.optional(z.array(text)),
  forms: z.optional(z.array(z.string().check(z.regex(/^[A-Za-z][\w-]{0,60}$/)))),
});
export type Markers = z.infer<typeof Markers>;

/**
 * How a field is found on a page that we only know from screenshots: by what the user sees
 * (label text), and by name / id / placeholder / aria-label keywords. Never by CSS classes.
 */
export const FieldRule = z.object({
  field: z.enum(FIELD_IDS),
  labels: z.array(text).check(z.minLength(1)),
  names: z.optional(z.array(text)),
  placeholders: z.optional(z.array(text)),
  /** The portal marks it required; a missing field is reported as "page looks different". */
  required: z.optional(z.boolean()),
  /**
   * The portal lets it stay empty (Kontak Pribadi's Nomor Telepon): its error is shown, never held,
   * unless the page itself marks it required.
   */
  optional: z.optional(z.boolean()),
  /**
   * Words in the box's own label that say it takes an email address too (Keycloak's "Nama pengguna
   * atau surel" where login by email is allowed): an address there is then no error.
   */
  orEmail: z.optional(z.array(text)),
});
export type FieldRule = z.infer<typeof FieldRule>;

export const Tip = z.object({
  /** Stable id, used by tests; its words: rules/locales/<lang>/pages.ts under the page / step id. */
  id: slug,
  /** 'warn' tips are the ones people get wrong most; shown first and highlighted. */
  tone: z.optional(z.enum(['info', 'warn'])),
  source: Source,
  /** On status pages: show only for these statuses (e.g. registration tips only when NOT_REGISTERED). */
  whenStatus: z.optional(z.array(z.string().check(z.regex(/^[A-Z_]+$/)))),
  /**
   * Shown only while the page shows one of these texts: a tip that explains the portal's own message
   * ("Kode autentikator tidak valid."), in each language the portal may show it in.
   */
  whenShown: z.optional(z.array(text).check(z.minLength(1))),
});
export type Tip = z.infer<typeof Tip>;

/** Fields, tips and submit buttons of one screen (a page, or a step of a wizard page). */
const screenShape = {
  /** Where in the whole guide this screen is (rules/guide.ts); its position makes "Langkah 3 dari 10". */
  guideStep: z.enum(GUIDE_STEP_IDS),
  tips: z.array(Tip),
  fields: z.array(FieldRule),
  /** Visible texts of the buttons that submit this screen; the submit guard watches these. */
  submitButtons: z.array(text),
};

export const StepRule = z.object({
  id: slug,
  ...screenShape,
  markers: Markers,
});
export type StepRule = z.infer<typeof StepRule>;

export const PageRule = z.object({
  id: z.enum(PAGE_IDS),
  hosts: z.array(z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/))).check(z.minLength(1)),
  /** Path globs: `*` one segment, `**` the rest. Empty = any path on the host (content decides). */
  paths: z.array(z.string().check(z.regex(/^\/[A-Za-z0-9_\-/*.]*$/))),
  markers: Markers,
  ...screenShape,
  /** Wizard steps whose URL never changes; detected from visible content only. */
  steps: z.optional(z.array(StepRule)),
  /** Whom to call on this page, most relevant first (details come from the agency profile). */
  contacts: z.array(z.enum(CONTACT_IDS)).check(z.minLength(1)),
  /** Present on pages that show a certificate `Status:` value. */
  status: z.optional(
    z.object({
      /** Visible label in front of the code, e.g. "Status". */
      label: text,
    }),
  ),
});
export type PageRule = z.infer<typeof PageRule>;

export const Contact = z.object({
  /** Optional only for a national desk, whose words are in the copy (the profile's check says so). */
  name: z.optional(Localized),
  /** What to call them about, so the user picks the right desk. */
  about: z.optional(Localized),
  phone: z.optional(z.string().check(z.regex(/^[0-9 ()+-]{6,24}$/))),
  /** Digits only with country code, for https://wa.me/<number> click-to-chat links. */
  whatsapp: z.optional(z.string().check(z.regex(/^62[0-9]{8,13}$/))),
  email: z.optional(z.email()),
  telegram: z.optional(z.string().check(z.regex(/^@[A-Za-z0-9_]{3,40}$/))),
  url: z.optional(z.url()),
  hours: z.optional(Localized),
  /** Facts the guide's OCR could not confirm; shown with a caution. */
  unverified: z.optional(z.boolean()),
  /** Where the desk, its numbers and its remit come from. */
  source: Source,
});
export type Contact = z.infer<typeof Contact>;

const domain = z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/));

/**
 * How an email dinas is judged against `emailDomains` (rules/fields/email.ts):
 * - 'exact' (the default): they are the agency's own domains. Any other domain is an error, and a
 *   NIP's employee type picks the PNS or the PPPK one.
 * - 'suffix': a parent domain of every agency's domain, for the generic profile of agencies we
 *   have no data for (`go.id`: the agency's own domain is unknown). A domain under it is ok with a
 *   reminder to use one's own agency's address; any other non-public domain is only a warning. One
 *   suffix for everybody, so `pns` and `pppk` must be equal.
 */
export const EMAIL_DOMAIN_MATCHES = ['exact', 'suffix'] as const;

/** How running text names one of an agency's desks, with where that name comes from ('policy': the agency's IT set it). */
export const SourcedName = z.object({ id: text, en: text, source: Source });

/** What differs between agencies (instansi): email domains, help desks, webmail. */
export const AgencyProfile = z
  .object({
    /** No dashes: the help code uses '-' between its parts. */
    id: z.string().check(z.regex(/^[a-z0-9]{2,40}$/)),
    name: Localized,
    emailDomains: z.object({ pns: domain, pppk: domain }),
    emailDomainMatch: z.optional(z.enum(EMAIL_DOMAIN_MATCHES)),
    /** Further domains of the agency, also accepted ('exact' only; set by an agency policy listing several). */
    moreEmailDomains: z.optional(z.object({ pns: z.array(domain), pppk: z.array(domain) })),
    webmail: z.optional(z.url()),
    contacts: z.record(z.enum(CONTACT_IDS), Contact),
    /**
     * How running text names this agency's desks (filled into `{tteDesk}`, `{tteOffice}`,
     * `{personnelOffice}` placeholders), so no agency reads another agency's names.
     * tteOffice: where other staff with a work agreement apply and where failed activations go
     * (guide C, F.9); tteDesk: the certificate help desk (guide G.2); personnelOffice: who gives
     * ASN Digital accounts (guide D.1).
     */
    names: z.object({ tteOffice: SourcedName, tteDesk: SourcedName, personnelOffice: SourcedName }),
  })
  .check(
    z.refine(
      (a) => Object.entries(a.contacts).every(([id, c]) => (c.name && c.about) || (NATIONAL_DESK_IDS as readonly string[]).includes(id)),
      { message: 'a contact other than a national desk needs its name and about in both languages', path: ['contacts'] },
    ),
    z.refine((a) => a.emailDomainMatch !== 'suffix' || a.emailDomains.pns === a.emailDomains.pppk, {
      message: "emailDomainMatch 'suffix' takes one parent domain: emailDomains.pns and .pppk must be equal",
      path: ['emailDomains'],
    }),
    z.refine((a) => a.emailDomainMatch !== 'suffix' || !a.moreEmailDomains, {
      message: "emailDomainMatch 'suffix' takes one parent domain: no moreEmailDomains",
      path: ['moreEmailDomains'],
    }),
  );
export type AgencyProfile = z.infer<typeof AgencyProfile>;

/** One step of the whole guide (rules/guide.ts). */
export const GuideStep = z.object({
  /** Its words: rules/locales/<lang>/guide.ts under this id. */
  id: z.enum(GUIDE_STEP_IDS),
  url: z.optional(z.url()),
  source: Source,
});
export type GuideStep = z.infer<typeof GuideStep>;

/**
 * One thing to do next, with its own source. `emailBsre`: shown only while the certificate page's
 * "Email BSrE" is in one of these states (rules/engine/emailBsre.ts); without it, always shown.
 */
export const NextStep = z.object({
  /** Its words: rules/locales/<lang>/statuses.ts under the explanation's id, `next`, this id. */
  id: slug,
  source: Source,
  emailBsre: z.optional(z.array(z.enum(EMAIL_BSRE_STATES)).check(z.minLength(1))),
});
export type NextStep = z.infer<typeof NextStep>;

/**
 * Where a status puts the user in the guide, said only where a source says so (NEW: the activation is
 * not finished; ACTIVE: the certificate is issued). `emailBsre`: only while the certificate page's
 * "Email BSrE" is in one of these states (NOT_REGISTERED with Email BSrE filled in: guide E.12).
 */
export const StatusProgress = z.object({
  step: z.enum(GUIDE_STEP_IDS),
  source: Source,
  emailBsre: z.optional(z.array(z.enum(EMAIL_BSRE_STATES)).check(z.minLength(1))),
});
export type StatusProgress = z.infer<typeof StatusProgress>;

/** What a certificate status means (rules/statuses.ts). */
export const StatusExplanation = z.object({
  /** Its words (title, meaning, next steps): rules/locales/<lang>/statuses.ts under this id. */
  id: slug,
  /** The portal's status codes this explains (rules/ids.ts STATUS_CODES); none for the fallback. */
  codes: z.array(z.enum(STATUS_CODES)),
  tone: z.enum(['ok', 'warn', 'error']),
  /** The source of the title and meaning. */
  source: Source,
  next: z.array(NextStep).check(z.minLength(1)),
  contacts: z.array(z.enum(CONTACT_IDS)),
  /**
   * Where in the guide the user stands with this status, the first entry that holds for what the page
   * shows; none (a status that says nothing about the guide's steps): the screen's own step.
   */
  progress: z.array(StatusProgress),
});
export type StatusExplanation = z.infer<typeof StatusExplanation>;
