/**
 * Email dinas: the agency address MyASN verifies and BSrE mails the activation to. An agency
 * profile either names its own domains ('exact': Kota Magelang) or only the parent domain every
 * government agency's domain ends in ('suffix': the generic profile, `go.id`), see
 * `emailDomainMatch` in rules/schema.ts.
 */
import { defineField, findingsOf } from './define';
import { checkSyntax, isPublicEmailDomain, type EmailDinasRule } from './email';
import { nipKind } from './nip';
import { isTooLong, MAX_INPUT_LENGTH } from './normalize';
import { allDomains, domainsOf, typeDomains, type EmployeeType, type Finding } from './types';

export const EMAIL_DINAS_REASONS = [
  'overLimit',
  'empty',
  'spaces',
  'noAt',
  'syntax',
  'public',
  'otherSubdomain',
  'domain',
  'agencyDomain',
  'invisible',
  'ok',
  'okAnyType',
  // The generic profile (rules/agencies/umum.ts): only the parent domain is known ({domains} = go.id).
  'govNoAt',
  'govSyntax',
  'govPublic',
  'govOther',
  'govOk',
  // The profile came from the agency's policy: no setting to point at, the domains are the agency's own.
  'domainPolicy',
] as const;
const f = findingsOf('email-dinas');

/**
 * The domain both subdomains hang under ("pns.magelangkota.go.id", "asn.magelangkota.go.id" →
 * "magelangkota.go.id"), or null when they are one domain or do not share a parent below the
 * public suffix (never just "go.id": that would take in every agency).
 */
function parentDomain(pns: string, pppk: string): string | null {
  if (pns === pppk) return null;
  const a = pns.split('.');
  const b = pppk.split('.');
  const rest = a.slice(1).join('.');
  return a.length >= 4 && rest === b.slice(1).join('.') ? rest : null;
}

export function validateEmailDinas(value: string, agency: EmailDinasRule, opts?: { employeeType?: EmployeeType; agencyLocked?: boolean }): Finding {
  if (agency.emailDomainMatch === 'suffix') return validateUnderSuffix(value, agency.emailDomains.pns.toLowerCase());
  const type = opts?.employeeType;
  const domains = type ? typeDomains(agency, type) : allDomains(agency);
  if (isTooLong(value)) return f('error', 'overLimit', { max: MAX_INPUT_LENGTH });
  const s = checkSyntax(value);
  // The allowed domains help most when the address is incomplete ('budi' → 'budi@pns.…').
  if (!s.ok) return f('error', s.problem, s.problem === 'noAt' || s.problem === 'syntax' ? { domains } : undefined);

  const pns = agency.emailDomains.pns.toLowerCase();
  const pppk = agency.emailDomains.pppk.toLowerCase();
  const pnsList = domainsOf(agency, 'pns');
  const pppkList = domainsOf(agency, 'pppk');
  if (pnsList.includes(s.domain) || pppkList.includes(s.domain)) {
    // PNS or PPPK unknown (no NIP on the page): either type's domains may be right, say which is which.
    if (!type && domains !== typeDomains(agency, 'pns')) return s.invisible ? f('warn', 'invisible') : f('ok', 'okAnyType', { domains });
    if (type && !domainsOf(agency, type).includes(s.domain)) {
      return f('warn', 'otherSubdomain', { expected: typeDomains(agency, type), type: type === 'pppk' ? 'PPPK' : 'PNS' });
    }
    if (s.invisible) return f('warn', 'invisible');
    // The listed domain it is on (agency data, a help-code token), never anything else typed.
    return f('ok', 'ok', { domain: s.domain });
  }
  // The agency's own domain without the PNS / PPPK subdomain ("nama@magelangkota.go.id"), or
  // another of its subdomains: the guide itself speaks of "domain magelangkota.go.id", so this may
  // be a real address. Only a warning naming the subdomains, never a held submit.
  const parent = parentDomain(pns, pppk);
  if (parent && (s.domain === parent || s.domain.endsWith(`.${parent}`))) {
    return f('warn', 'agencyDomain', { domains: allDomains(agency) });
  }
  if (isPublicEmailDomain(s.domain)) return f('error', 'public', { domains });
  // Another agency's or organisation's domain. Wrong for an employee of this profile's agency, but
  // the profile may not be the user's own (the default one is in force until someone chooses), so
  // this is not certain: a warning that names the profile's domains and where to choose (unless the
  // agency's IT set the profile by policy: then there is no choice to point at), never a hold.
  return f('warn', opts?.agencyLocked ? 'domainPolicy' : 'domain', { domains });
}

/**
 * The generic profile: the agency's own domain is unknown, only that it normally ends in `.<suffix>`
 * (`.go.id`). Under it → ok (with a reminder to use one's own agency's address); a public mailbox →
 * error; anything else → warn, since some ASN work at agencies with another domain (a state
 * university or hospital, for example) and we cannot tell. The employee type picks nothing here.
 * The only param is the suffix, agency data the help code can carry; never the typed domain.
 */
function validateUnderSuffix(value: string, suffix: string): Finding {
  const domains = suffix;
  if (isTooLong(value)) return f('error', 'overLimit', { max: MAX_INPUT_LENGTH });
  const s = checkSyntax(value);
  if (!s.ok) {
    if (s.problem === 'noAt') return f('error', 'govNoAt', { domains });
    if (s.problem === 'syntax') return f('error', 'govSyntax', { domains });
    return f('error', s.problem);
  }
  if (s.domain.endsWith(`.${suffix}`)) return s.invisible ? f('warn', 'invisible') : f('ok', 'govOk', { domains });
  if (isPublicEmailDomain(s.domain)) return f('error', 'govPublic', { domains });
  return f('warn', 'govOther', { domains });
}

export const emailDinas = defineField({
  id: 'email-dinas',
  code: 'ED',
  reasons: EMAIL_DINAS_REASONS,
  validate(value, check) {
    // PNS or PPPK: from the NIP on this screen, else from one seen earlier in the flow.
    const nip = check.textOf('nip');
    const employeeType = (nip && nipKind(nip)) || check.employeeType;
    return validateEmailDinas(value, check.agency, { ...(employeeType ? { employeeType } : {}), ...(check.agencyLocked ? { agencyLocked: true } : {}) });
  },
});
