/**
 * The whole guide as an ordered list of steps: what the progress line ("Langkah 4 dari 10"), the
 * popup and the guide page count. Page rules and status explanations point into it by id
 * (`guideStep: 'sertifikat'`), so inserting a step shifts nothing; the position is computed where
 * it is shown (guidePosition). The words of each step are in rules/locales/<lang>/guide.ts.
 */
import { GUIDE_STEP_IDS, type GuideStepId } from './ids';
import type { GuideStep } from './schema';

export type { GuideStep } from './schema';
export { GUIDE_STEP_IDS, type GuideStepId } from './ids';

/** The steps in the same order as GUIDE_STEP_IDS (a unit test holds them equal). */
export const guideSteps: readonly GuideStep[] = [
  {
    id: 'persiapan',
    source: 'guide:D',
  },
  {
    id: 'masuk-sso',
    source: 'guide:E.1',
    url: 'https://asndigital.bkn.go.id/',
  },
  {
    id: 'buka-myasn',
    source: 'guide:E.5',
    url: 'https://myasn.bkn.go.id/dashboard',
  },
  {
    id: 'cek-status',
    source: 'guide:E.6',
    url: 'https://myasn.bkn.go.id/layanan-asn/sertifikat-elektronik-bsre',
  },
  {
    id: 'kontak-pribadi',
    source: 'guide:E.7',
    url: 'https://myasn.bkn.go.id/profil/update#kontak-pribadi',
  },
  {
    id: 'aktivasi-email',
    source: 'guide:E.10',
  },
  {
    id: 'registrasi',
    source: 'guide:F',
    url: 'https://myasn.bkn.go.id/layanan-asn/sertifikat-elektronik-bsre',
  },
  {
    id: 'aktivasi-akun',
    source: 'guide:F.2',
  },
  {
    id: 'passphrase',
    source: 'guide:F.passphrase.1',
  },
  {
    id: 'terbit',
    source: 'guide:F.passphrase.7',
    url: 'https://myasn.bkn.go.id/layanan-asn/sertifikat-elektronik-bsre',
  },
];


/** 1-based position of a guide step, for "Langkah 4 dari 10". */
export function guidePosition(id: GuideStepId): number {
  return GUIDE_STEP_IDS.indexOf(id) + 1;
}
