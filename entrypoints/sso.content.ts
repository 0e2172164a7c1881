/** sso-siasn.bkn.go.id: its login checks the username and the OTP. */
import { fieldPart } from '../platform/content/fieldPart';
import { portalContentScript } from '../platform/content/start';
import { sso } from '../rules/hosts/sso';

export default portalContentScript(sso, { fields: fieldPart });
