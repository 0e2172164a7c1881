/** The field checks: pure validators from a typed value to a value-free Finding. */
export * from './types';
export * from './normalize';
export * from './provinces';
export * from './nik';
export * from './nip';
export * from './phone';
export * from './email';
export * from './otp';
export * from './passphrase';
export * from './consent';
export * from './crossfield';
export { fieldMessages } from './messages';
