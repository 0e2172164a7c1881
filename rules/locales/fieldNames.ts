import type { FieldId } from '../fields/types';
import type { Locale } from './index';

/** How the overlay names each checked field, so "Nomor terlalu pendek" says which box. */
export const fieldNames: Record<Locale, Record<FieldId, string>> = {
  id: {
    nik: 'NIK',
    nip: 'NIP / NI PPPK',
    'nomor-hp': 'Nomor HP (WhatsApp)',
    'nomor-telepon': 'Nomor Telepon',
    'email-dinas': 'Email Dinas',
    'email-pribadi': 'Email Pribadi',
    otp: 'Kode OTP',
    passphrase: 'Passphrase',
    'passphrase-konfirmasi': 'Konfirmasi Passphrase',
    persetujuan: 'Persetujuan',
  },
  en: {
    nik: 'NIK',
    nip: 'NIP / NI PPPK',
    'nomor-hp': 'Mobile number (WhatsApp)',
    'nomor-telepon': 'Phone number',
    'email-dinas': 'Work email',
    'email-pribadi': 'Personal email',
    otp: 'OTP code',
    passphrase: 'Passphrase',
    'passphrase-konfirmasi': 'Passphrase confirmation',
    persetujuan: 'Consent',
  },
};
