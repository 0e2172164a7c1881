/**
 * The Profil instansi form as plain data, and the `agencyProfile` policy value it stands for
 * (empty boxes left out, so the extended profile fills them). Pure: the page and the unit tests
 * share it.
 */
import { BUILT_IN_IDS, DESK_TOPICS, GENERIC_ID, type BuiltInId } from './index';

export type DeskTopic = (typeof DESK_TOPICS)[number];
export const DESK_KEYS = ['unit', 'about', 'phone', 'whatsapp', 'email', 'telegram', 'hours'] as const;
export type DeskKey = (typeof DESK_KEYS)[number];
export type DeskDraft = { use: boolean } & Record<DeskKey, string>;
export const NAME_KEYS = ['tteOffice', 'tteDesk', 'personnelOffice'] as const;
export type NameKey = (typeof NAME_KEYS)[number];

export interface ProfileDraft {
  id: string;
  name: string;
  nameEn: string;
  extends: BuiltInId;
  emailMode: 'none' | 'all' | 'byType';
  all: string;
  pns: string;
  pppk: string;
  webmail: string;
  names: Record<NameKey, string>;
  desks: Record<DeskTopic, DeskDraft>;
}

const emptyDesk = (): DeskDraft => ({ use: false, unit: '', about: '', phone: '', whatsapp: '', email: '', telegram: '', hours: '' });

export function emptyDraft(): ProfileDraft {
  return {
    id: '',
    name: '',
    nameEn: '',
    extends: GENERIC_ID,
    emailMode: 'byType',
    all: '',
    pns: '',
    pppk: '',
    webmail: '',
    names: { tteOffice: '', tteDesk: '', personnelOffice: '' },
    desks: { 'email-dinas': emptyDesk(), persandian: emptyDesk(), kepegawaian: emptyDesk() },
  };
}

export const isBuiltIn = (v: string): v is BuiltInId => (BUILT_IN_IDS as readonly string[]).includes(v);

/** Only the boxes that hold something (trimmed); a key with nothing in it is left out. */
function filled<K extends string>(o: Record<K, string>, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) if (o[k].trim()) out[k] = o[k].trim();
  return out;
}

/** The desks in use, in the order the policy lists them (their index is in the problems' paths). */
export function usedTopics(d: ProfileDraft): DeskTopic[] {
  return DESK_TOPICS.filter((t) => d.desks[t].use);
}

/**
 * A domain box as the policy's list (split at commas, semicolons or spaces). Always a list, even of
 * one, as Chrome checks the policy against public/managed_schema.json, where a key has one type.
 */
export function domainsIn(box: string): string[] {
  return box.split(/[\s,;]+/).filter(Boolean);
}

/** The `agencyProfile` value of the policy. Required keys stay even when empty, so the check names them. */
export function policyFromDraft(d: ProfileDraft): Record<string, unknown> {
  const out: Record<string, unknown> = { id: d.id.trim(), name: d.name.trim() };
  if (d.nameEn.trim()) out.nameEn = d.nameEn.trim();
  if (d.extends !== GENERIC_ID) out.extends = d.extends;
  if (d.emailMode === 'all') out.emailDomains = { all: domainsIn(d.all) };
  if (d.emailMode === 'byType') out.emailDomains = { pns: domainsIn(d.pns), pppk: domainsIn(d.pppk) };
  if (d.webmail.trim()) out.webmail = d.webmail.trim();
  const names = filled(d.names, NAME_KEYS);
  if (Object.keys(names).length) out.names = names;
  const desks = usedTopics(d).map((topic) => ({ topic, unit: d.desks[topic].unit.trim(), ...filled(d.desks[topic], DESK_KEYS) }));
  if (desks.length) out.helpDesks = desks;
  return out;
}
