/**
 * The overlay's words and how it reads them: the portal pages' content script imports this module,
 * not index.ts, so it bundles only each language's overlay.ts and none of the extension pages' words
 * (issue 11: what a portal page loads). index.ts re-exports all of it for everything else.
 */
import type { Localized } from '../schema';
import { overlay as en } from './en/overlay';
import { overlay as id } from './id/overlay';
import type { Messages, OverlayCopy } from './types';

export type { Messages, OverlayCopy } from './types';

/** Every language's overlay words, Indonesian (the default) first. A new language is one more line here and in index.ts. */
const languages = { id, en } satisfies Record<string, OverlayCopy>;
export type Locale = keyof typeof languages;

/** The overlay's words per language (index.ts's `copy` has every part). */
export const overlayCopy: Record<Locale, OverlayCopy> = languages;
/** Every language, Indonesian (the default) first. */
export const LOCALES = Object.keys(overlayCopy) as Locale[];

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as string[]).includes(v);
}

/** The language the switch (EN / ID) goes to from `locale`: the next one, round the list. */
export function nextLocale(locale: Locale): Locale {
  return LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length]!;
}

/** The overlay's UI strings per language (what `t` reads). */
export const messages = Object.fromEntries(LOCALES.map((l) => [l, overlayCopy[l].ui])) as Record<Locale, Messages>;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function t(locale: Locale, key: keyof Messages, params?: Record<string, string | number>): string {
  return format(messages[locale][key], params);
}

/** Words that come with data rather than from the copy (an agency profile's names and desks). */
export function loc(locale: Locale, text: Localized): string {
  return text[locale];
}

type Tips = Readonly<Record<string, string>>;
interface ScreenWords {
  title: string;
  tips?: Tips;
  steps?: Readonly<Record<string, ScreenWords>>;
}

function screenWords(locale: Locale, pageId: string, stepId: string | null | undefined): { page?: ScreenWords; step?: ScreenWords } {
  const page = (overlayCopy[locale].pages as Readonly<Record<string, ScreenWords>>)[pageId];
  return { page, step: stepId ? page?.steps?.[stepId] : undefined };
}

/**
 * The title of the screen in force: the wizard step's when `stepId` names one of the page's steps,
 * else the page's (as currentScreen in rules/engine/detect.ts picks the screen). Empty if the copy
 * lacks it (tests/unit/rules.test.ts makes sure it never does).
 */
export function screenTitle(locale: Locale, pageId: string, stepId?: string | null): string {
  const { page, step } = screenWords(locale, pageId, stepId);
  return step?.title ?? page?.title ?? '';
}

/** A tip's words by page id, step id (null or an unknown step: the page's tips) and tip id. */
export function tipText(locale: Locale, pageId: string, stepId: string | null | undefined, tipId: string): string {
  const { page, step } = screenWords(locale, pageId, stepId);
  return (step ? step.tips?.[tipId] : page?.tips?.[tipId]) ?? '';
}

interface StatusWords {
  title: string;
  meaning: string;
  next: Tips;
}

/** A status explanation's title, meaning and next steps (by next step id), by explanation id. */
export function statusWords(locale: Locale, explanationId: string): StatusWords {
  return (overlayCopy[locale].statuses as Readonly<Record<string, StatusWords>>)[explanationId] ?? { title: '', meaning: '', next: {} };
}

/** A step of the whole guide: its title and what to do, by guide step id. */
export function guideWords(locale: Locale, stepId: string): { title: string; detail: string } {
  return (overlayCopy[locale].guide as Readonly<Record<string, { title: string; detail: string }>>)[stepId] ?? { title: '', detail: '' };
}

/** A national help desk's name and what to call it about (an agency's own desks are worded in its profile). */
export function deskWords(locale: Locale, contactId: string): { name: string; about: string } | undefined {
  return (overlayCopy[locale].contacts.desks as Readonly<Record<string, { name: string; about: string }>>)[contactId];
}
