/**
 * What a certificate page says about the certificate: its status code, its validity (an issued one
 * only) and whether "Email BSrE" shows an address. Only a host with a certificate page carries this
 * (its kit's `statusPage`); detect() is handed it.
 */
import { policy } from '../policy';
import { readEmailBsre, type EmailBsreState } from './emailBsre';
import { readStatus, readValidity, type Validity } from './readStatus';
import type { Snapshot } from './snapshot';

export interface CertificateReading {
  status: string | null;
  validity: Validity | null;
  emailBsre: EmailBsreState;
}

/** Reads the page after its rule's status label (`label`); `today` dates the validity. */
export type CertificateReader = (snap: Snapshot, label: string, today: Date) => CertificateReading;

export const readCertificate: CertificateReader = (snap, label, today) => {
  const status = readStatus(snap.rawText, label);
  const issued = status === 'ACTIVE' || status === 'ISSUE';
  return {
    status,
    validity: issued ? readValidity(snap.rawText, today, policy.certificateValidityYears, policy.expiryWarningDays) : null,
    emailBsre: readEmailBsre(snap),
  };
}
