/** The content script of myasn.bkn.go.id: its page rules, field checks and words only (rules/hosts.ts). */
import { portalContentScript } from '../platform/content/start';

export default portalContentScript('myasn');
