/**
 * The background's side of "Salin kode bantuan" (platform/helpCodeMessage.ts): checks the content
 * script's inputs against the code's schema and writes the code. Here, not in the content script,
 * so the encoder, its frozen tables and zod stay off the portal pages.
 */
import { detectBrowser, encodeHelpCode } from '../rules/helpCode/encode';
import { HelpCodeSchema } from '../rules/helpCode/schema';
import type { HelpCodeRequest } from './helpCodeMessage';

/** The code, or undefined for inputs a code cannot hold (the content script then changes nothing). */
export function answerHelpCode({ code, profile }: HelpCodeRequest, extVersion: string, userAgent: string): string | undefined {
  const input = HelpCodeSchema.safeParse({ ...code, extVersion, browser: detectBrowser(userAgent) });
  return input.success ? encodeHelpCode(input.data, profile) : undefined;
}
