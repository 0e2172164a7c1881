/** The field checks of myasn.bkn.go.id's pages: rules/fields/registry.ts in its content script (rules/hosts.ts). */
import { emailDinas } from '../../fields/email-dinas';
import { emailPribadi } from '../../fields/email-pribadi';
import { nomorHp } from '../../fields/nomor-hp';
import { nomorTelepon } from '../../fields/nomor-telepon';

export const FIELDS = {
  'nomor-hp': nomorHp,
  'nomor-telepon': nomorTelepon,
  'email-dinas': emailDinas,
  'email-pribadi': emailPribadi,
} as const;

export const FIELD_IDS = Object.keys(FIELDS);
