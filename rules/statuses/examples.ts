// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; change the files it lists.
/** Every status explanation's examples, by id (tests and the demo; nothing the extension is built from imports them). */
import { activeExamples } from './active.examples';
import { deniedExamples } from './denied.examples';
import { expiredExamples } from './expired.examples';
import { newAccountExamples } from './new-account.examples';
import { noCertificateExamples } from './no-certificate.examples';
import { notRegisteredExamples } from './not-registered.examples';
import { renewExamples } from './renew.examples';
import { revokeExamples } from './revoke.examples';
import { suspendExamples } from './suspend.examples';
import { unknownExamples } from './unknown.examples';
import { unverifiedExamples } from './unverified.examples';
import { waitingForVerificationExamples } from './waiting-for-verification.examples';

export const STATUS_EXAMPLES = {
  active: activeExamples,
  denied: deniedExamples,
  expired: expiredExamples,
  'new-account': newAccountExamples,
  'no-certificate': noCertificateExamples,
  'not-registered': notRegisteredExamples,
  renew: renewExamples,
  revoke: revokeExamples,
  suspend: suspendExamples,
  unknown: unknownExamples,
  unverified: unverifiedExamples,
  'waiting-for-verification': waitingForVerificationExamples,
} as const;
