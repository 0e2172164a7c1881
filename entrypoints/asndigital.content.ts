/** The content script of asndigital.bkn.go.id: its page rules, field checks and words only (rules/hosts.ts). */
import { portalContentScript } from '../platform/content/start';

export default portalContentScript('asndigital');
