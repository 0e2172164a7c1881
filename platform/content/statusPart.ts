/** Reading and explaining certificate statuses (parts.ts): imported by the entrypoints of hosts with a certificate page. */
import { AgencyOffer } from '../../components/AgencyOffer';
import { StatusCard, statusCardCss } from '../../components/StatusCard';
import { agencyShown } from '../../rules/agencies/shown';
import { readCertificate } from '../../rules/engine/certificate';
import { statusValues } from '../../rules/engine/readStatus';
import { explainStatusWithValidity, statusStep } from '../../rules/statuses';
import type { StatusPart } from './parts';

export const statusPart: StatusPart = {
  certificate: readCertificate,
  explain: explainStatusWithValidity,
  step: statusStep,
  values: statusValues,
  offer: agencyShown,
  StatusCard,
  AgencyOffer,
  css: statusCardCss,
};
