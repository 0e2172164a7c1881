/**
 * The shape of all copy: derived from the Indonesian copy (rules/locales/id/), with every leaf a
 * string, so each other language must have exactly the same keys (a missing or extra key is a
 * compile error). tests/unit/locales.test.ts also checks no empty strings and the same
 * `{placeholders}` in every language. Type-only: no language folder imports another at run time.
 */
import type { id } from './id';

type Words<T> = { [K in keyof T]: T[K] extends string ? string : Words<T[K]> };

export type Copy = Words<typeof id>;
/** The overlay's UI strings (`t(locale, key)`). */
export type Messages = Copy['ui'];
/** The overlay's part of the copy (rules/locales/<lang>/overlay.ts): what the portal pages load. */
export type OverlayCopy = Pick<Copy, keyof (typeof import('./id/overlay'))['overlay']>;

/**
 * The overlay's words as a portal page has them (rules/hosts/kit.ts): the parts keyed by page, field,
 * guide step or status, and the UI words, hold only what its host uses; everything that reads them
 * copes with a missing key.
 */
export type OverlayWords = { [P in keyof OverlayCopy]: P extends 'pages' | 'fields' | 'guide' | 'statuses' | 'ui' ? Partial<OverlayCopy[P]> : OverlayCopy[P] };
