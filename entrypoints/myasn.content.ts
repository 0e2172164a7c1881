/** myasn.bkn.go.id: its pages check contact fields and show the certificate status. */
import { fieldPart } from '../platform/content/fieldPart';
import { portalContentScript } from '../platform/content/start';
import { statusPart } from '../platform/content/statusPart';
import { myasn } from '../rules/hosts/myasn';

export default portalContentScript(myasn, { fields: fieldPart, status: statusPart });
