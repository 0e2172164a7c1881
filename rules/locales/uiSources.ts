/**
 * Where each overlay UI string (rules/locales/<lang>/ui.ts) comes from: 'ui' for Pemandu TTE's own
 * interface words, else the source of the fact it states (rules/sources.ts). The type makes a string
 * without a source a compile error; tests/unit/provenance.test.ts holds 'ui' and 'advice' to their
 * limits. Test-facing data: no content script imports it.
 */
import type { CopySource } from '../sources';
import type { Messages } from './types';

export const UI_SOURCES: Record<keyof Messages, CopySource> = {
  appName: 'ui',
  open: 'ui',
  collapse: 'ui',
  progress: 'ui',
  languageName: 'ui',
  dateLocale: 'ui',
  languageSwitch: 'ui',
  languageSwitchLabel: 'ui',
  tipsHeading: 'ui',
  checksHeading: 'ui',
  statusHeading: 'ui',
  statusNext: 'ui',
  contactsHeading: 'ui',
  // The end date the page shows (guide F.passphrase.7: the status with its validity).
  validityEnd: 'guide:F.passphrase.7',
  validityEndComputed: 'guide:F.passphrase.7',
  // The owner renews (guide C); how early to warn is the panel's own choice.
  validityExpiring: 'guide:C',
  validityExpired: 'facts:statuses',
  validityUnknown: 'guide:F.passphrase.7',
  looksDifferent: 'ui',
  missingStatus: 'ui',
  guardHeading: 'ui',
  guardIntro: 'ui',
  guardFix: 'ui',
  guardAnyway: 'ui',
  guardHint: 'ui',
  guardPassedHeading: 'ui',
  guardPassedIntro: 'ui',
  guardFixNow: 'ui',
  guardAgain: 'ui',
  agencyOfferHeading: 'ui',
  agencyOffer: 'ui',
  agencyAccept: 'ui',
  agencyDecline: 'ui',
  whatsapp: 'ui',
  phone: 'ui',
  email: 'ui',
  telegram: 'ui',
  unverified: 'ui',
  copyCode: 'ui',
  copied: 'ui',
  copyFailed: 'ui',
  ruleMinLength: 'guide:F.passphrase.4',
  ruleUpper: 'guide:F.passphrase.4',
  ruleLower: 'guide:F.passphrase.4',
  ruleDigit: 'guide:F.passphrase.4',
  ruleSymbol: 'guide:F.passphrase.4',
  ruleNoSpace: 'guide:F.passphrase.4',
  ruleMet: 'ui',
  ruleUnmet: 'ui',
  verdictOk: 'ui',
  verdictWarn: 'ui',
  verdictError: 'ui',
};
