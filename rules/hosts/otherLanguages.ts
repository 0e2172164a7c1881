/**
 * Build time only (wxt.config.ts): each portal host's overlay words in a language other than the
 * default, with exactly the parts and keys of its Indonesian words (rules/hosts/<name>/words.ts).
 * The build writes them to copy/<name>/<lang>.json, which that host's content script reads when the
 * language is chosen (rules/locales/overlay.ts, languageFile): an English page loads its host's words only.
 */
import type { PortalName } from '../hosts';
import { overlay as whole } from '../locales/id/overlay';
import type { OverlayCopy } from '../locales/types';
import { overlay as asndigital } from './asndigital/words';
import { overlay as bsre } from './bsre/words';
import { overlay as myasn } from './myasn/words';
import { overlay as sso } from './sso/words';

const HOST_WORDS: Record<PortalName, Record<string, object>> = { myasn, asndigital, sso, bsre };

/** `other`'s words for `name`: a part the host takes whole is `other`'s whole part, any other part only the host's keys. */
export function hostWordsIn(name: PortalName, other: OverlayCopy): Record<string, object> {
  const own = HOST_WORDS[name];
  const all = other as unknown as Record<string, Record<string, object>>;
  return Object.fromEntries(
    Object.entries(own).map(([part, words]) => [
      part,
      words === (whole as Record<string, object>)[part] ? all[part]! : Object.fromEntries(Object.keys(words).map((k) => [k, all[part]![k]!])),
    ]),
  );
}
