/**
 * Where each field message comes from, by field and reason (rules/sources.ts): the guide or the
 * facts file where it states a fact, 'advice' where it only says how to type or fix the value. Kept
 * beside the checks rather than in each field's file so the portal pages' scripts do not carry it;
 * the type makes a reason without a source a compile error, and tests/unit/provenance.test.ts holds
 * advice to its limits.
 */
import type { Source } from '../sources';
import type { FieldId, ReasonOf } from './index';

type FieldSources = { [F in FieldId]: Record<ReasonOf<F>, Source> };

/** The five openings every digit string shares (digitString.ts), the facts they rest on given. */
const digits = (fact: Source) => ({ overLimit: 'advice', empty: fact, notDigits: fact, nonAsciiDigits: 'advice', length: fact }) as const;

/** The phone checks (phone.ts): the mobile number shape is in the facts file, prefixes and area codes in the phone plan data. */
const phone = {
  overLimit: 'advice',
  empty: 'facts:mobile',
  chars: 'advice',
  nonAsciiDigits: 'advice',
  prefix: 'facts:mobile',
  extraZero: 'facts:mobile',
  tooShort: 'facts:phone-plan',
  tooLong: 'facts:phone-plan',
  unknownPrefix: 'facts:phone-plan',
  unusualLength: 'facts:phone-plan',
  invisible: 'advice',
  ok: 'facts:mobile',
  boxZero: 'facts:mobile',
  boxCountry: 'facts:mobile',
  boxPrefix: 'facts:mobile',
  boxTooShort: 'facts:phone-plan',
  boxTooLong: 'facts:phone-plan',
} as const;

export const FIELD_SOURCES: FieldSources = {
  nik: { ...digits('guide:F.3'), overLimit: 'guide:F.3', province: 'facts:nik', birthDate: 'facts:nik', serial: 'facts:nik', invisible: 'advice', grouped: 'guide:F.3', ok: 'guide:F.3' },
  nip: {
    ...digits('facts:nip'),
    overLimit: 'facts:nip',
    birthDate: 'facts:nip',
    birthYear: 'facts:nip',
    typeDigit: 'facts:ni-pppk',
    tmt: 'facts:nip',
    tmtAge: 'facts:nip',
    pppkAppointment: 'facts:ni-pppk',
    pppkAge: 'facts:ni-pppk',
    pppkContracts: 'facts:ni-pppk',
    gender: 'facts:nip',
    serial: 'facts:nip',
    invisible: 'advice',
    grouped: 'facts:nip',
    'ok.pns': 'facts:nip',
    'ok.pppk': 'facts:ni-pppk',
    birthDateMismatch: 'facts:nik',
    genderMismatch: 'facts:nik',
    email: 'facts:keycloak',
  },
  // The mobile number is the WhatsApp number (guide E.7, F.3); the phone number is any number.
  'nomor-hp': { ...phone, ok: 'guide:E.7', notMobile: 'guide:E.7' },
  'nomor-telepon': { ...phone, unknownAreaCode: 'facts:phone-plan', okLandline: 'facts:phone-plan' },
  'email-dinas': {
    overLimit: 'advice',
    empty: 'guide:E.7',
    spaces: 'advice',
    noAt: 'guide:D.2',
    syntax: 'guide:D.2',
    public: 'guide:E.7',
    otherSubdomain: 'facts:ni-pppk',
    domain: 'guide:D.2',
    agencyDomain: 'guide:D.2',
    invisible: 'advice',
    ok: 'guide:D.2',
    okAnyType: 'guide:D.2',
    govNoAt: 'guide:D.2',
    govSyntax: 'guide:D.2',
    govPublic: 'guide:E.7',
    govOther: 'advice',
    govOk: 'guide:F.1',
    domainPolicy: 'guide:D.2',
  },
  'email-pribadi': { overLimit: 'advice', empty: 'guide:E.7', spaces: 'advice', noAt: 'guide:E.7', syntax: 'guide:E.7', invisible: 'advice', ok: 'guide:E.7' },
  otp: { ...digits('facts:otp'), invisible: 'advice', ok: 'facts:otp' },
  passphrase: {
    empty: 'guide:F.passphrase.4',
    overLimit: 'advice',
    minLength: 'guide:F.passphrase.4',
    upper: 'guide:F.passphrase.4',
    lower: 'guide:F.passphrase.4',
    digit: 'guide:F.passphrase.4',
    symbol: 'guide:F.passphrase.4',
    noSpace: 'guide:F.passphrase.4',
    invisible: 'advice',
    nonAscii: 'advice',
    ok: 'guide:F.passphrase.4',
  },
  'passphrase-konfirmasi': { empty: 'guide:F.passphrase.4', partial: 'guide:F.passphrase.4', mismatch: 'guide:F.passphrase.4', ok: 'guide:F.passphrase.4' },
  persetujuan: { missing: 'guide:F.8', ok: 'guide:F.8' },
};
