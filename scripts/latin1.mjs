/**
 * A portal host's content script with every character beyond Latin-1 (– — → ✓ … ：) written as a
 * `\u` escape (wxt.config.ts, latin1Source): V8 keeps a script's source as a two-byte string once
 * one such character is in it, so each portal tab held twice the script's size (heap;
 * measured 218 kB for a 109 kB script). Such characters are only in string, template and pattern
 * literals there, where an escape means the same character; not in a template's raw text, which no
 * content script reads (`String.raw` is refused). Refused too: a character that is itself escaped,
 * and the line separators U+2028 / U+2029, which end a `//` comment where an escape would not.
 */
const hex4 = (c) => c.charCodeAt(0).toString(16).padStart(4, '0');

export function latin1Only(code) {
  if (code.includes('String.raw')) throw new Error('latin1Only: String.raw in a content script (its raw text would keep the escapes)');
  return code.replace(/(\\*)([^\x00-\xff])/g, (_, slashes, c) => {
    if (slashes.length % 2 || c === '\u2028' || c === '\u2029')
      throw new Error(`latin1Only: ${JSON.stringify(c)} in a content script cannot be escaped safely; write it as \\u${hex4(c)}`);
    return `${slashes}\\u${hex4(c)}`;
  });
}
