/**
 * The field checks: every checked field is one file, listed in registry.ts. The engine
 * (rules/engine/evaluate.ts) and the help code (rules/helpCode/) look fields up in FIELDS; the words
 * for each reason live in rules/locales/<lang>/fields.ts, typed by FieldMessages below.
 *
 * Adding a field: its file calling defineField (scripts/registries.mjs lists it in registry.ts, whose
 * keys are the only list of field ids), its messages in each language folder, and its labels in the
 * page rules that show it.
 */
import type { FieldDef } from './define';
import { FIELDS, type FieldId } from './registry';

export { FIELDS, FIELD_IDS, type FieldId } from './registry';

/** The reasons of one field, without its prefix ('length' for 'nik.length'). */
export type ReasonOf<F extends FieldId> = (typeof FIELDS)[F]['reasons'][number];
/** What a language says for every reason of every field: a missing message is a compile error. */
export type FieldMessages = { [F in FieldId]: Record<ReasonOf<F>, string> };
/** How a language names each field ("Nomor HP (WhatsApp)"). */
export type FieldNames = Record<FieldId, string>;

/** The reason of a finding without its field's prefix, or null when it is not one of the field's. */
export function reasonKey(field: FieldId, reason: string): string | null {
  const key = reason.startsWith(`${field}.`) ? reason.slice(field.length + 1) : null;
  return key !== null && (FIELDS[field].reasons as readonly string[]).includes(key) ? key : null;
}

export * from './types';
export * from './define';
export * from './normalize';
export * from './provinces';
export * from './digitString';
export * from './nik';
export * from './nip';
export * from './phone';
export * from './email';
export * from './email-dinas';
export * from './email-pribadi';
export * from './otp';
export * from './passphrase';
export * from './passphrase-konfirmasi';
export * from './persetujuan';
export * from './nomor-hp';
export * from './nomor-telepon';
