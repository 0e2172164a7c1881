/**
 * The shape of every piece of rule data. Rules are plain objects checked by these schemas in a
 * unit test (so a malformed rule fails `npm test`), and their TypeScript types come from here.
 * zod/mini keeps the content script small; `jitless` keeps strict page CSPs free of `eval` probes.
 */
import * as z from 'zod/mini';
import { FIELD_IDS } from './fields/types';

z.config({ jitless: true });

const text = z.string().check(z.minLength(1), z.maxLength(2000));
const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

/** Copy in both locales: Indonesian first, English second. Missing either is a schema error. */
export const Localized = z.object({ id: text, en: text });
export type Localized = z.infer<typeof Localized>;

export const PAGE_IDS = [
  'sso-login',
  // Not in the original contract list: the ASN Digital home between SSO and MyASN (guide E.2–3).
  'asndigital-layanan',
  'myasn-dashboard',
  'myasn-layanan',
  'myasn-sertifikat',
  'myasn-kontak-pribadi',
  'bsre-aktivasi',
  'bsre-passphrase',
] as const;
export type PageId = (typeof PAGE_IDS)[number];

/** Help desks an agency profile names (rules/contacts.ts); rules refer to them by id. */
export const CONTACT_IDS = ['email-dinas', 'persandian', 'helpdesk-bkn', 'bsre', 'kepegawaian'] as const;
export type ContactId = (typeof CONTACT_IDS)[number];

/**
 * Visible-text markers, matched case-insensitively against what the user can see (headings,
 * labels, buttons, text). `any`: at least `min` of them must be visible; `none`: if any of them is
 * visible this is not the page/step (e.g. the dialog of another step).
 */
export const Markers = z.object({
  any: z.array(text).check(z.minLength(1)),
  min: z.optional(z.number().check(z.int(), z.minimum(1))),
  none: z.optional(z.array(text)),
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
  /** Checkbox fields (consents): how many boxes the step needs ticked. */
  count: z.optional(z.number().check(z.int(), z.minimum(1))),
  /** The portal marks it required; a missing field is reported as "page looks different". */
  required: z.optional(z.boolean()),
});
export type FieldRule = z.infer<typeof FieldRule>;

export const Tip = z.object({
  /** Stable id, used by the diagnostic code and tests. */
  id: slug,
  text: Localized,
  /** 'warn' tips are the ones people get wrong most; shown first and highlighted. */
  tone: z.optional(z.enum(['info', 'warn'])),
});
export type Tip = z.infer<typeof Tip>;

/** Fields, tips and submit buttons of one screen (a page, or a step of a wizard page). */
const screenShape = {
  title: Localized,
  /** Position in the whole guide (rules/guide.ts), for "Langkah 3 dari 10". */
  guideStep: z.number().check(z.int(), z.minimum(1)),
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
