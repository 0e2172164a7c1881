/**
 * The explanation of every known certificate status (see rules/statuses.ts for how they are
 * picked). Every meaning and every next step names its source (rules/sources.ts); their words are
 * in rules/locales/<lang>/statuses.ts under the explanation's id and each next step's id.
 */
import type { StatusCode } from './ids';
import type { StatusExplanation } from './schema';

/*
 * ACTIVE / ISSUE: the portal says the certificate was issued, but its validity may have run out
 * since (the card then shows "sudah lewat" below this text and turns red). So the meaning does not
 * promise that it can be used today, and the next steps hold for both cases.
 */
const activeLike: StatusExplanation = {
  id: 'active',
  tone: 'ok',
  source: 'guide:F.passphrase.7',
  next: [
    { id: 'jaga-passphrase', source: 'guide:C' },
    { id: 'jaga-sertifikat', source: 'guide:C' },
    { id: 'perbarui', source: 'guide:C' },
  ],
  contacts: ['persandian'],
  progress: [{ step: 'terbit', source: 'guide:F.passphrase.7' }],
};

const SPAM: StatusExplanation['next'][number] = {
  id: 'spam',
  source: 'advice',
};

export const statusExplanations: Record<StatusCode, StatusExplanation> = {
  NOT_REGISTERED: {
    id: 'not-registered',
    tone: 'error',
    source: 'facts:statuses',
    next: [
      { id: 'verifikasi-email', source: 'guide:E.6', emailBsre: ['empty'] },
      { id: 'aktivasi-email', source: 'guide:E.10', emailBsre: ['empty'] },
      { id: 'registrasi', source: 'guide:F', emailBsre: ['filled'] },
      { id: 'tautan-aktivasi', source: 'guide:F.1', emailBsre: ['filled'] },
      { id: 'jika-kosong', source: 'guide:E.6', emailBsre: ['unknown'] },
      { id: 'jika-terisi', source: 'guide:F', emailBsre: ['unknown'] },
      SPAM,
    ],
    contacts: ['helpdesk-bkn', 'persandian'],
    progress: [{ step: 'registrasi', source: 'guide:E.12', emailBsre: ['filled'] }],
  },
  NEW: {
    id: 'new',
    tone: 'warn',
    source: 'facts:statuses',
    next: [
      { id: 'buka-email', source: 'guide:F.2' },
      { id: 'salin-tautan', source: 'guide:F.2' },
      { id: 'selesaikan', source: 'guide:F.9' },
      SPAM,
    ],
    contacts: ['persandian'],
    progress: [{ step: 'aktivasi-akun', source: 'facts:statuses' }],
  },
  UNVERIFIED: {
    id: 'unverified',
    tone: 'warn',
    source: 'facts:statuses',
    next: [
      { id: 'pastikan-aktivasi', source: 'advice' },
    ],
    contacts: ['persandian', 'bsre'],
    progress: [],
  },
  WAITING_FOR_VERIFICATION: {
    id: 'waiting-for-verification',
    tone: 'warn',
    source: 'facts:statuses',
    next: [
      { id: 'tunggu', source: 'advice' },
    ],
    contacts: ['persandian'],
    progress: [],
  },
  NO_CERTIFICATE: {
    id: 'no-certificate',
    tone: 'warn',
    source: 'facts:statuses',
    next: [
      { id: 'buka-tautan', source: 'guide:F.passphrase.1' },
      { id: 'cek-email', source: 'guide:F.9' },
      { id: 'tautan-tidak-datang', source: 'guide:G.2' },
    ],
    contacts: ['persandian'],
    progress: [{ step: 'passphrase', source: 'facts:statuses' }],
  },
  ISSUE: activeLike,
  ACTIVE: activeLike,
  RENEW: {
    id: 'renew',
    tone: 'warn',
    source: 'facts:statuses',
    next: [
      { id: 'ikuti-petunjuk', source: 'advice' },
    ],
    contacts: ['persandian'],
    progress: [],
  },
  EXPIRED: {
    id: 'expired',
    tone: 'error',
    source: 'facts:statuses',
    next: [
      { id: 'ajukan', source: 'facts:statuses' },
      { id: 'tanyakan', source: 'advice' },
    ],
    contacts: ['persandian'],
    progress: [],
  },
  SUSPEND: {
    id: 'suspend',
    tone: 'error',
    source: 'facts:statuses',
    next: [
      { id: 'hubungi-verifikator', source: 'facts:statuses' },
    ],
    contacts: ['persandian'],
    progress: [],
  },
  REVOKE: {
    id: 'revoke',
    tone: 'error',
    source: 'facts:statuses',
    next: [
      { id: 'daftar-ulang', source: 'facts:statuses' },
    ],
    contacts: ['persandian'],
    progress: [],
  },
  DENIED: {
    id: 'denied',
    tone: 'error',
    source: 'facts:statuses',
    next: [
      { id: 'tanyakan-alasan', source: 'advice' },
      { id: 'daftar-ulang', source: 'facts:statuses' },
    ],
    contacts: ['persandian', 'bsre'],
    progress: [],
  },
};
