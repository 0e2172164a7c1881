/** asndigital.bkn.go.id: its page only shows the guide's tips. */
import { portalContentScript } from '../platform/content/start';
import { asndigital } from '../rules/hosts/asndigital';

export default portalContentScript(asndigital, {});
