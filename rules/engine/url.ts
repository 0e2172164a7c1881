/**
 * Path globs from the rules: `*` matches one segment, `**` the rest. Compiled to a linear-time
 * regular expression (no nested quantifiers), so a hostile URL cannot make matching slow.
 */
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (!re) {
    const body = glob
      .replace(/\/+$/, '')
      .split('/')
      .map((seg) => (seg === '**' ? '.*' : seg === '*' ? '[^/]+' : seg.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    // A trailing `/**` also matches the bare prefix; a trailing slash is always optional.
    re = new RegExp('^' + body.replace(/\/\.\*$/, '(?:/.*)?') + '/?$');
    cache.set(glob, re);
  }
  return re;
}

export function pathMatches(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(path));
}
