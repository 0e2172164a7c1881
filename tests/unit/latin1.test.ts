/**
 * Content scripts are written in Latin-1 only (scripts/latin1.mjs, wxt.config.ts): each character
 * beyond it becomes a `\u` escape that means the same character, or the build stops.
 */
import { describe, expect, it } from 'vitest';
import { latin1Only } from '../../scripts/latin1.mjs';

/** What a snippet of script evaluates to. */
const run = (code: string): unknown => new Function(`return (${code});`)();

describe('latin1Only', () => {
  it('writes what lies beyond Latin-1 as escapes that mean the same, in strings, templates and patterns with and without the u flag', () => {
    const snippets = [
      '`Huruf kecil (a–z) — ✓ … →`',
      '"NIK harus 16 digit — yang terisi" + \'·é\'',
      '/^[\\s\\-–—_.0]*$/u.test("– —")',
      '/[:：]/.test("NIP：1")',
      'new RegExp(`^\\\\s*[:：]?\\\\s*x`).test(" ：x")',
      '["😀".length, /^😀$/u.test("😀"), /^[😀]$/u.test("😀")]',
      '`a\\\\—`',
    ];
    for (const code of snippets) {
      const out = latin1Only(code);
      expect(out).not.toMatch(/[^\x00-\xff]/);
      expect(run(out), code).toEqual(run(code));
    }
    // Latin-1 (é, ·) stays as it is; a file without anything beyond it is returned unchanged.
    expect(latin1Only('"é·"')).toBe('"é·"');
  });

  it('refuses what an escape would change: an escaped character, a line separator, a raw template', () => {
    expect(() => latin1Only('/\\–/')).toThrow(/cannot be escaped/);
    expect(() => latin1Only('x; // note\u2028y()')).toThrow(/cannot be escaped/);
    expect(() => latin1Only('String.raw`–`')).toThrow(/String.raw/);
  });
});
