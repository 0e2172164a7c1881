/** bsre.bssn.go.id: the account activation wizard and the passphrase page check fields. */
import { fieldPart } from '../platform/content/fieldPart';
import { portalContentScript } from '../platform/content/start';
import { bsre } from '../rules/hosts/bsre';

export default portalContentScript(bsre, { fields: fieldPart });
