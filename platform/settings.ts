/**
 * Everything Pemandu TTE stores, in one place: the user's preferences and the guide page's ticks
 * (extension storage, `local` area), plus the agency profile an agency's IT may set by policy
 * (`managed` area, read only). Never a field value, never page text.
 *
 * Why `platform/`: this is browser I/O, so it is not `rules/` (pure data and functions, no
 * browser) and not `components/` (UI). Both `components/` and `entrypoints/` import it; it imports
 * only `rules/` and the browser API, never upwards.
 *
 * Same code path in Chrome and Firefox (webextension-polyfill). A tiny typed wrapper instead of a
 * storage library keeps the content script small; `/* @__PURE__ *\/` lets the bundler drop the
 * items a page does not use.
 *
 * Versioned: every write stamps `settingsVersion`; every read first runs `migrate()` from the
 * stored version, so a later layout change is one entry in MIGRATIONS. The storage keys are those
 * of the first release (existing users keep their choices); version 0 is "written before the
 * version key existed", which is the same layout as version 1.
 */
import { browser } from 'wxt/browser';
import { isLocale, type Locale } from '../rules/locales/overlay';

export const VERSION_KEY = 'settingsVersion';
export const SETTINGS_VERSION = 1;

type Stored = Record<string, unknown>;
/** MIGRATIONS[n] turns layout n into layout n + 1 (pure; it may rename, convert or drop keys). */
const MIGRATIONS: ReadonlyArray<(s: Stored) => Stored> = [(s) => s];

/** The stored items in the current layout. A newer layout than this code knows is read as is. */
export function migrate(stored: Stored, migrations: ReadonlyArray<(s: Stored) => Stored> = MIGRATIONS): Stored {
  const from = stored[VERSION_KEY];
  let out = stored;
  for (let v = typeof from === 'number' && Number.isInteger(from) && from >= 0 ? from : 0; v < migrations.length; v++) out = migrations[v]!(out);
  return { ...out, [VERSION_KEY]: Math.max(migrations.length, typeof from === 'number' ? from : 0) };
}

export interface Item<T> {
  key: string;
  fallback: T;
  /** Its value in storage already read and migrated (`readValues`). */
  pick(stored: Stored): T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back when another extension page or tab changes the value. Returns an unsubscribe. */
  watch(cb: (value: T) => void): () => void;
}

/** `valid` is the item's type check: anything else stored under the key reads as the fallback. */
function defineItem<T>(key: string, fallback: T, valid: (v: unknown) => v is T): Item<T> {
  const local = () => browser.storage.local;
  const read = (v: unknown): T => (valid(v) ? v : fallback);
  const item: Item<T> = {
    key,
    fallback,
    pick: (stored) => read(stored[key]),
    async getValue() {
      const [value] = await readValues(item);
      return value;
    },
    async setValue(value) {
      const stored = await local().get(null);
      if (stored[VERSION_KEY] === SETTINGS_VERSION) return local().set({ [key]: value });
      // An older layout (or one from before the version key) is written back migrated, with the new value.
      const migrated = migrate(stored);
      const dropped = Object.keys(stored).filter((k) => !(k in migrated));
      if (dropped.length) await local().remove(dropped);
      await local().set({ ...migrated, [key]: value });
    },
    watch(cb) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) cb(read(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
  return item;
}

/**
 * Several items from one read of storage (one round trip to the browser's storage process): the
 * content script's first render waits for its settings.
 */
export async function readValues<const I extends readonly Item<unknown>[]>(...items: I): Promise<{ [K in keyof I]: I[K] extends Item<infer T> ? T : never }> {
  let stored: Stored = {};
  try {
    stored = migrate(await browser.storage.local.get(null));
  } catch {
    // Unreadable storage: every item reads as its fallback.
  }
  return items.map((item) => item.pick(stored)) as { [K in keyof I]: I[K] extends Item<infer T> ? T : never };
}

const isCollapsed = (v: unknown): v is boolean | null => v === null || typeof v === 'boolean';
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

export const localeItem = /* @__PURE__ */ defineItem<Locale>('locale', 'id', isLocale);
/** null = never chosen: the overlay picks a default for the window size. */
export const collapsedItem = /* @__PURE__ */ defineItem<boolean | null>('panelCollapsed', null, isCollapsed);
/**
 * The user's own agency choice, '' while never chosen (the generic profile is then in force, and the
 * certificate page may offer the profile its "Instansi Kerja" names); see platform/agencyInForce.ts.
 */
export const agencyItem = /* @__PURE__ */ defineItem<string>('agencyId', '', isString);
/** Ticked guide step ids (guide page). */
export const guideDoneItem = /* @__PURE__ */ defineItem<string[]>('guideDone', [], isStringList);

/**
 * Every key Pemandu TTE may keep in extension storage (the e2e harness fails a suite on any other;
 * a unit test compares this list with the items and the harness). Written out, not read from the
 * items, so the content script's bundle can leave out the items it does not use.
 */
export const STORED_KEYS = ['locale', 'panelCollapsed', 'agencyId', 'guideDone', VERSION_KEY];

// ---- Agency profile in force -----------------------------------------------------------------
/**
 * The message the content script sends to learn the agency profile in force; the background
 * answers with platform/agencyInForce.ts (which holds zod, so the content script never imports it).
 */
export const AGENCY_MESSAGE = 'pemandu:agency';

/**
 * The message the content script sends for the built-in agency profiles (rules/agencies): the user's
 * stored choice, and the names the certificate page may offer. The portal pages carry only the
 * generic profile, as they carry only Indonesian words; the background answers at once (no policy read).
 */
export const PROFILES_MESSAGE = 'pemandu:profiles';

/** What an agency's IT may set by policy (public/managed_schema.json). */
export interface ManagedPolicy {
  agencyId?: unknown;
  agencyProfile?: unknown;
}

/** Managed storage throws where no policy exists (and in some Firefox setups): that means "none". */
export async function readManaged(): Promise<ManagedPolicy> {
  try {
    return await browser.storage.managed.get(['agencyId', 'agencyProfile']);
  } catch {
    return {};
  }
}

/** The built-in profile id set by policy, if any (see readManaged for the whole policy). */
export async function readManagedAgencyId(): Promise<unknown> {
  return (await readManaged()).agencyId;
}
