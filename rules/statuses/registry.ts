// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; change the files it lists.
/** Every status explanation, by id: one file each in this folder. */
import { active } from './active';
import { denied } from './denied';
import { expired } from './expired';
import { newAccount } from './new-account';
import { noCertificate } from './no-certificate';
import { notRegistered } from './not-registered';
import { renew } from './renew';
import { revoke } from './revoke';
import { suspend } from './suspend';
import { unknown } from './unknown';
import { unverified } from './unverified';
import { waitingForVerification } from './waiting-for-verification';

export const STATUSES = {
  active,
  denied,
  expired,
  'new-account': newAccount,
  'no-certificate': noCertificate,
  'not-registered': notRegistered,
  renew,
  revoke,
  suspend,
  unknown,
  unverified,
  'waiting-for-verification': waitingForVerification,
} as const;
