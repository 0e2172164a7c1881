/**
 * A whole agency profile set by the agency's IT through browser policy (managed storage key
 * `agencyProfile`), so any agency can configure Pemandu TTE without a new release.
 *
 * The policy is the agency's own statement: it is validated here (zod), turned into an
 * AgencyProfile that extends a built-in one, and every desk it names carries the source `policy`.
 * An invalid policy never breaks anything: the caller falls back to the generic profile and shows
 * the problems (field path and reason) on the options page.
 *
 * Its shape mirrors public/managed_schema.json (Chrome's schema dialect has no oneOf, so "domains
 * for all or per employee type" is three optional keys, checked here; each takes one domain or a list).
 */
import * as z from 'zod/mini';
import { CONTACT_IDS, type ContactId } from '../ids';
import { AgencyProfile, type Contact } from '../schema';
import { magelang } from '../agencies/magelang';
import { umum } from '../agencies/umum';

z.config({ jitless: true });

/** Profiles a policy profile may extend (what it does not say comes from there). */
export const BUILT_IN = { magelang, umum } as const;
export type BuiltInId = keyof typeof BUILT_IN;
export const BUILT_IN_IDS = Object.keys(BUILT_IN) as [BuiltInId, ...BuiltInId[]];
/** The profile in force when a policy profile is invalid: it promises nothing agency-specific. */
export const GENERIC_ID: BuiltInId = 'umum';

/** Desks a policy may name, by what they help with (the contact ids the overlay already uses). */
export const DESK_TOPICS = ['email-dinas', 'persandian', 'kepegawaian'] as const satisfies readonly ContactId[];

/**
 * Characters a text shown in the panel may never hold: control characters (line breaks too: every
 * text is one line) and the bidirectional controls that make a text read otherwise than it is
 * stored (a number or a name spelled backwards on screen).
 */
export const FORBIDDEN_TEXT = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'empty'), z.maxLength(max, `tooLong:${max}`), z.refine((t) => !FORBIDDEN_TEXT.test(t), 'control'));
/** A domain name as DNS allows it: at most 253 characters, each label at most 63. */
export const MAX_DOMAIN = 253;
export const MAX_LABEL = 63;
const domain = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.maxLength(MAX_DOMAIN, `tooLong:${MAX_DOMAIN}`),
    z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'domain'),
    z.refine((d) => d.split('.').every((label) => label.length <= MAX_LABEL), `label:${MAX_LABEL}`),
  );
/** Most email dinas domains one key may list (an agency's current and older domain, a few units). */
export const MAX_DOMAINS = 5;
/** One domain, or a list of them (`["pemkab.go.id", "mail.pemkab.go.id"]`): any listed one is accepted. */
const domains = z.union([domain, z.array(domain).check(z.minLength(1, 'empty'), z.maxLength(MAX_DOMAINS, `domainsMax:${MAX_DOMAINS}`))]);
const listOf = (v: string | string[]): string[] => [...new Set(typeof v === 'string' ? [v] : v)];

export const PolicyDesk = z.object({
  topic: z.enum(DESK_TOPICS, 'topic'),
  unit: text(120),
  about: z.optional(text(300)),
  phone: z.optional(z.string().check(z.regex(/^[0-9 ()+-]{6,24}$/, 'phone'))),
  whatsapp: z.optional(z.string().check(z.regex(/^62[0-9]{8,13}$/, 'whatsapp'))),
  email: z.optional(z.email('email')),
  telegram: z.optional(z.string().check(z.regex(/^@[A-Za-z0-9_]{3,40}$/, 'telegram'))),
  hours: z.optional(text(120)),
});
export type PolicyDesk = z.infer<typeof PolicyDesk>;

export const AgencyPolicy = z
  .object({
    /** Goes into the help code: letters and digits only, and never a built-in id. */
    id: z.string().check(
      z.regex(/^[a-z0-9]{2,40}$/, 'idFormat'),
      z.refine((id) => !BUILT_IN_IDS.includes(id as BuiltInId), 'idBuiltIn'),
    ),
    extends: z.optional(z.enum(BUILT_IN_IDS, 'extends')),
    name: text(120),
    nameEn: z.optional(text(120)),
    emailDomains: z.optional(z.object({ all: z.optional(domains), pns: z.optional(domains), pppk: z.optional(domains) })),
    webmail: z.optional(z.url({ protocol: /^https$/, error: 'https' })),
    names: z.optional(z.object({ tteOffice: z.optional(text(160)), tteDesk: z.optional(text(160)), personnelOffice: z.optional(text(160)) })),
    helpDesks: z.optional(z.array(PolicyDesk).check(z.maxLength(DESK_TOPICS.length, 'desksMax'))),
  })
  .check(
    z.refine((p) => !p.emailDomains?.all || (!p.emailDomains.pns && !p.emailDomains.pppk), {
      message: 'domainsBoth',
      path: ['emailDomains'],
    }),
    z.refine((p) => !p.emailDomains || !!p.emailDomains.all || (!!p.emailDomains.pns && !!p.emailDomains.pppk), {
      message: 'domainsPair',
      path: ['emailDomains'],
    }),
    z.refine((p) => new Set((p.helpDesks ?? []).map((d) => d.topic)).size === (p.helpDesks ?? []).length, {
      message: 'deskTwice',
      path: ['helpDesks'],
    }),
  );
export type AgencyPolicy = z.infer<typeof AgencyPolicy>;

/** Why a policy value is refused; its words per language are in rules/locales/<lang>/agencyPage.ts (`reason-…`). */
export const POLICY_REASONS = [
  'empty',
  'tooLong',
  'domain',
  'topic',
  'phone',
  'whatsapp',
  'email',
  'telegram',
  'idFormat',
  'idBuiltIn',
  'extends',
  'https',
  'desksMax',
  'domainsBoth',
  'domainsPair',
  'domainsMax',
  'deskTwice',
  'type',
  'invalid',
  'agencyId',
  'extensionId',
  'control',
  'label',
] as const;
export type PolicyReason = (typeof POLICY_REASONS)[number];

export interface PolicyProblem {
  /** Where in the policy, e.g. `agencyProfile.helpDesks.0.whatsapp`. */
  path: string;
  reason: PolicyReason;
  /** Numbers and expected kinds only (never the value in the policy). */
  params?: Record<string, string | number>;
}

/** Our checks' messages are reason keys (`tooLong:120`); anything else zod says is a wrong type or invalid. */
function problemOf(prefix: string, issue: { path: PropertyKey[]; message: string; code?: string; expected?: unknown }): PolicyProblem {
  const path = [prefix, ...issue.path.map(String)].join('.');
  const [key, param] = issue.message.split(':');
  if ((POLICY_REASONS as readonly string[]).includes(key!)) return { path, reason: key as PolicyReason, ...(param && { params: { max: Number(param) } }) };
  if (issue.code === 'invalid_type') return { path, reason: 'type', params: { expected: String(issue.expected) } };
  return { path, reason: 'invalid' };
}

type Issue = { path: PropertyKey[]; message: string; code?: string; expected?: unknown; errors?: Issue[][] };

/** A domain or a list (a union): the problems of the branch of the right kind, else a wrong type. */
function problemsOf(prefix: string, issue: Issue): PolicyProblem[] {
  if (issue.code !== 'invalid_union') return [problemOf(prefix, issue)];
  const fits = (issue.errors ?? []).filter((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  if (fits.length !== 1) return [{ path: [prefix, ...issue.path.map(String)].join('.'), reason: 'type', params: { expected: 'string|array' } }];
  return fits[0]!.flatMap((i) => problemsOf(prefix, { ...i, path: [...issue.path, ...i.path] }));
}

const same = (s: string) => ({ id: s, en: s });

function desk(d: PolicyDesk, base: Contact | undefined): Contact {
  return {
    name: same(d.unit),
    ...(d.about ? { about: same(d.about) } : base?.about && { about: base.about }),
    ...(d.phone && { phone: d.phone }),
    ...(d.whatsapp && { whatsapp: d.whatsapp }),
    ...(d.email && { email: d.email }),
    ...(d.telegram && { telegram: d.telegram }),
    ...(d.hours && { hours: same(d.hours) }),
    source: 'policy',
  };
}

/** The first listed domain of each type is the profile's; the rest, if any, are also accepted. */
function emailOf(pns: string[], pppk: string[]): Pick<AgencyProfile, 'emailDomains' | 'moreEmailDomains'> {
  const more = pns.length > 1 || pppk.length > 1;
  return { emailDomains: { pns: pns[0]!, pppk: pppk[0]! }, ...(more && { moreEmailDomains: { pns: pns.slice(1), pppk: pppk.slice(1) } }) };
}

/** The AgencyProfile a valid policy describes: what it leaves out comes from the profile it extends. */
export function profileFromPolicy(p: AgencyPolicy): AgencyProfile {
  const base = BUILT_IN[p.extends ?? GENERIC_ID];
  const d = p.emailDomains;
  // Every desk of the extended profile (national ones included), the policy's own in their place.
  const contacts = Object.fromEntries(
    CONTACT_IDS.map((id) => {
      const own = p.helpDesks?.find((x) => x.topic === id);
      return [id, own ? desk(own, base.contacts[id]) : base.contacts[id]];
    }),
  ) as AgencyProfile['contacts'];
  const names = base.names;
  return {
    id: p.id,
    name: { id: p.name, en: p.nameEn ?? p.name },
    ...(d ? emailOf(listOf(d.all ?? d.pns!), listOf(d.all ?? d.pppk!)) : { emailDomains: base.emailDomains, emailDomainMatch: base.emailDomainMatch }),
    ...(p.webmail ? { webmail: p.webmail } : base.webmail && { webmail: base.webmail }),
    contacts,
    names: {
      tteOffice: p.names?.tteOffice ? { ...same(p.names.tteOffice), source: 'policy' as const } : names.tteOffice,
      tteDesk: p.names?.tteDesk ? { ...same(p.names.tteDesk), source: 'policy' as const } : names.tteDesk,
      personnelOffice: p.names?.personnelOffice ? { ...same(p.names.personnelOffice), source: 'policy' as const } : names.personnelOffice,
    },
  };
}

export type PolicyResult = { ok: true; policy: AgencyPolicy; profile: AgencyProfile } | { ok: false; problems: PolicyProblem[] };

/** Checks a managed `agencyProfile` value; `prefix` is how the problems' paths start. */
export function parseAgencyPolicy(raw: unknown, prefix = 'agencyProfile'): PolicyResult {
  const r = AgencyPolicy.safeParse(raw);
  if (!r.success) {
    return {
      ok: false,
      problems: r.error.issues.flatMap((i) => problemsOf(prefix, i)),
    };
  }
  const profile = profileFromPolicy(r.data);
  // The result must also be a valid profile (it is, by construction; this keeps it so).
  const checked = AgencyProfile.safeParse(profile);
  if (!checked.success) return { ok: false, problems: checked.error.issues.map((i) => problemOf(prefix, i)) };
  return { ok: true, policy: r.data, profile };
}
