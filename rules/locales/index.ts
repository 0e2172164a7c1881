/**
 * The copy's public API. The words live per language in one folder each (rules/locales/id/,
 * rules/locales/en/, shaped by types.ts); rule data keeps ids, tone and sources and looks its words
 * up here by page id / step id / tip id, status explanation id, guide step id and desk id.
 * Adding a language: a folder beside id/ and en/, and one line in `languages` below.
 */
import type { Localized } from '../schema';
import { en } from './en';
import { id } from './id';
import type { Copy, Messages } from './types';

export type { Copy, Messages } from './types';

/** Every language's copy, Indonesian (the default) first. A new language is one more line here. */
const languages = { id, en } satisfies Record<string, Copy>;
export type Locale = keyof typeof languages;

export const copy: Record<Locale, Copy> = languages;
/** Every language, Indonesian (the default) first. */
export const LOCALES = Object.keys(copy) as Locale[];

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as string[]).includes(v);
}

/** The language the switch (EN / ID) goes to from `locale`: the next one, round the list. */
export function nextLocale(locale: Locale): Locale {
  return LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length]!;
}

/** One part of the copy in every language, e.g. `byLocale('helpdesk')[locale]`. */
export function byLocale<K extends keyof Copy>(part: K): Record<Locale, Copy[K]> {
  return Object.fromEntries(LOCALES.map((l) => [l, copy[l][part]])) as Record<Locale, Copy[K]>;
}

/** The overlay's UI strings per language (what `t` reads). */
export const messages: Record<Locale, Messages> = byLocale('ui');

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
  const page = (copy[locale].pages as Readonly<Record<string, ScreenWords>>)[pageId];
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
  return (copy[locale].statuses as Readonly<Record<string, StatusWords>>)[explanationId] ?? { title: '', meaning: '', next: {} };
}

/** A step of the whole guide: its title and what to do, by guide step id. */
export function guideWords(locale: Locale, stepId: string): { title: string; detail: string } {
  return (copy[locale].guide as Readonly<Record<string, { title: string; detail: string }>>)[stepId] ?? { title: '', detail: '' };
}

/** A national help desk's name and what to call it about (an agency's own desks are worded in its profile). */
export function deskWords(locale: Locale, contactId: string): { name: string; about: string } | undefined {
  return (copy[locale].contacts.desks as Readonly<Record<string, { name: string; about: string }>>)[contactId];
}
