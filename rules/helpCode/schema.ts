/**
 * What a help code says, as a zod schema: exactly what the helpdesk page needs to reproduce the
 * user's overlay. The decoder validates every code against it; the encoder (content script) uses
 * only the type derived from it (a type-only import, so zod stays out of the content script).
 */
import * as z from 'zod/mini';
import { UNKNOWN_STATUS } from '../engine/readStatus';
import { FIELD_IDS, PAGE_IDS } from '../ids';
import { LOCALES } from '../locales/languages';

z.config({ jitless: true });

export const HelpCodeSchema = z.object({
  extVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  browser: z.enum(['chrome', 'firefox', 'firefox-android', 'other']),
  page: z.nullable(z.enum(PAGE_IDS)),
  step: z.nullable(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))),
  // A known code, a code-shaped unknown one (decodeV2 checks isPortalCode), or the marker.
  status: z.nullable(z.union([z.literal(UNKNOWN_STATUS), z.string().check(z.regex(/^[A-Z][A-Z_]{1,31}$/))])),
  findings: z.array(
    z.object({
      field: z.enum(FIELD_IDS),
      verdict: z.enum(['ok', 'warn', 'error']),
      // One of the field's reasons ('length', 'ok.pns').
      reason: z.string().check(z.regex(/^[A-Za-z0-9.-]{1,60}$/)),
      params: z.optional(z.record(z.string().check(z.regex(/^[A-Za-z]{1,20}$/)), z.union([z.string().check(z.maxLength(200)), z.number()]))),
    }),
  ),
  missing: z.array(z.string().check(z.regex(/^(markers|step|status|field:[a-z-]{2,30})$/))),
  agency: z.string().check(z.regex(/^[a-z0-9]{2,40}$/)),
  locale: z.enum(LOCALES),
  validity: z.nullable(
    z.object({
      state: z.enum(['ok', 'expiring', 'expired']),
      source: z.enum(['shown', 'computed']),
      daysLeft: z.number().check(z.int(), z.minimum(-9999), z.maximum(9999)),
    }),
  ),
});

export type HelpCode = z.infer<typeof HelpCodeSchema>;
export type BrowserKind = HelpCode['browser'];

/** Why a pasted help code could not be read (the helpdesk page words each). */
export type DecodeError = 'empty' | 'format' | 'truncated' | 'checksum' | 'version' | 'newer' | 'agency' | 'content';
