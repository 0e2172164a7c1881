/**
 * The overlay's words and how it reads them. A portal page's content script registers its host's
 * Indonesian words (its kit's) at start and the user's language when first used, from the
 * background (platform/wordsMessage.ts); index.ts registers every language for the extension pages.
 * This module holds no words itself, so a portal page carries only its host's.
 */
import type { Finding } from '../fields/types';
import { textNumbers } from '../policy';
import type { Localized } from '../schema';
import { LOCALES, type Locale } from './languages';
import type { Messages, OverlayWords } from './types';

export type { Messages, OverlayCopy, OverlayWords } from './types';

// Every language, Indonesian (the default) first: the one list is languages.ts.
export { LOCALES, type Locale } from './languages';

/** The overlay's words per language that are here (Indonesian, the default, first: first help never waits for words). */
export const overlayCopy: Partial<Record<Locale, OverlayWords>> = {};

const NO_WORDS = { ui: {}, contacts: { desks: {}, emailDinas: {} }, fieldNames: {}, fields: {}, pages: {}, guide: {}, statuses: {} } as unknown as OverlayWords;

export function addLanguage(locale: Locale, loaded: OverlayWords): void {
  overlayCopy[locale] = loaded;
}

export function hasLanguage(locale: Locale): boolean {
  return overlayCopy[locale] !== undefined;
}

/** A language's words; Indonesian while another language's words are not here. */
export function words(locale: Locale): OverlayWords {
  return overlayCopy[locale] ?? overlayCopy[LOCALES[0]] ?? NO_WORDS;
}

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/** The language the switch (EN / ID) goes to from `locale`: the next one, round the list. */
export function nextLocale(locale: Locale): Locale {
  return LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length]!;
}


/**
 * Fills `{name}` placeholders from `params`, and the numbers the rule data holds (`{validityYears}`,
 * `{nikLength}` …: rules/policy.ts textNumbers) wherever a sentence states one. Unknown placeholders
 * stay visible so a missing param is noticed.
 */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : k in textNumbers ? String(textNumbers[k as keyof typeof textNumbers]) : m));
}

export function t(locale: Locale, key: keyof Messages, params?: Record<string, string | number>): string {
  return format(words(locale).ui[key] ?? '', params);
}

/** The sentence for a finding: its reason's message with the finding's (value-free) params; Indonesian where a language lacks it. */
export function findingWords(locale: Locale, f: Finding): string {
  const said = (lang: Locale) => (words(lang).fields[f.field] as Readonly<Record<string, string>> | undefined)?.[f.reason];
  return format(said(locale) ?? said(LOCALES[0]) ?? f.reason, f.params);
}

/** How the overlay names a checked field, so "Nomor terlalu pendek" says which box. */
export function fieldName(locale: Locale, field: Finding['field']): string {
  return words(locale).fieldNames[field];
}

/** Words that come with data rather than from the copy (an agency profile's names and desks). */
export function loc(locale: Locale, text: Localized): string {
  // A profile has Indonesian and English words; a language added later shows the Indonesian ones.
  return (text as Partial<Record<Locale, string>>)[locale] ?? text.id;
}

type Tips = Readonly<Record<string, string>>;
interface ScreenWords {
  title: string;
  tips?: Tips;
  steps?: Readonly<Record<string, ScreenWords>>;
}

function screenWords(locale: Locale, pageId: string, stepId: string | null | undefined): { page?: ScreenWords; step?: ScreenWords } {
  const page = (words(locale).pages as Readonly<Record<string, ScreenWords>>)[pageId];
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
  return (words(locale).statuses as Readonly<Record<string, StatusWords>>)[explanationId] ?? { title: '', meaning: '', next: {} };
}

/** A step of the whole guide: its title and what to do, by guide step id. */
export function guideWords(locale: Locale, stepId: string): { title: string; detail: string } {
  return (words(locale).guide as Readonly<Record<string, { title: string; detail: string }>>)[stepId] ?? { title: '', detail: '' };
}

/** A national help desk's name and what to call it about (an agency's own desks are worded in its profile). */
export function deskWords(locale: Locale, contactId: string): { name: string; about: string } | undefined {
  return (words(locale).contacts.desks as Readonly<Record<string, { name: string; about: string }>>)[contactId];
}
