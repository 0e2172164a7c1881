/**
 * The field checks: every checked field is one file, listed in registry.ts (scripts/registry.mjs).
 * The help code (rules/helpCode/) and the extension pages look fields up in FIELDS; a portal host's
 * content script gets its own from its kit. The words for each reason live in
 * rules/locales/<lang>/fields.ts, typed by FieldMessages (types.ts).
 */
export { FIELDS } from './registry';
export { FIELD_IDS, type FieldId } from './ids';

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
