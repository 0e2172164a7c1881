/** platform/settings.ts: every stored item, typed, versioned, with the first release's keys. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { agencyItem, collapsedItem, guideDoneItem, localeItem, migrate, readValues, SETTINGS_VERSION, STORED_KEYS, VERSION_KEY } from '../../platform/settings';
import { STORED_KEYS as HARNESS_KEYS } from '../e2e/harness/common';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('keeps the storage keys of the first release, so existing users keep their choices', () => {
    expect([localeItem.key, collapsedItem.key, agencyItem.key, guideDoneItem.key]).toEqual(['locale', 'panelCollapsed', 'agencyId', 'guideDone']);
    expect(STORED_KEYS).toEqual([localeItem.key, collapsedItem.key, agencyItem.key, guideDoneItem.key, VERSION_KEY]);
    // The e2e harness fails a suite on any key it does not know: the two lists must agree.
    expect([...HARNESS_KEYS].sort()).toEqual([...STORED_KEYS].sort());
  });

  it('reads what an earlier version stored (no version key) and falls back on anything malformed', async () => {
    await fakeBrowser.storage.local.set({ locale: 'en', panelCollapsed: true, agencyId: 'umum', guideDone: ['persiapan'] });
    expect(await localeItem.getValue()).toBe('en');
    expect(await collapsedItem.getValue()).toBe(true);
    expect(await agencyItem.getValue()).toBe('umum');
    expect(await guideDoneItem.getValue()).toEqual(['persiapan']);
    await fakeBrowser.storage.local.set({ locale: 'fr', panelCollapsed: 'yes', agencyId: 7, guideDone: 'persiapan' });
    expect(await localeItem.getValue()).toBe('id');
    expect(await collapsedItem.getValue()).toBeNull();
    // Not a choice: read as never chosen (the generic profile is then in force).
    expect(await agencyItem.getValue()).toBe('');
    expect(await guideDoneItem.getValue()).toEqual([]);
  });

  it('stamps the layout version on write and keeps the other items', async () => {
    await fakeBrowser.storage.local.set({ locale: 'en', guideDone: ['persiapan'] });
    await collapsedItem.setValue(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ locale: 'en', guideDone: ['persiapan'], panelCollapsed: false, [VERSION_KEY]: SETTINGS_VERSION });
    await localeItem.setValue('id');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ locale: 'id', guideDone: ['persiapan'], panelCollapsed: false, [VERSION_KEY]: SETTINGS_VERSION });
  });

  it('migrates step by step from the stored version, and leaves a newer layout as it is', () => {
    const renameLocale = (s: Record<string, unknown>) => {
      const { locale, ...rest } = s;
      return { ...rest, language: locale };
    };
    const upper = (s: Record<string, unknown>) => ({ ...s, language: String(s.language).toUpperCase() });
    expect(migrate({ locale: 'en' }, [(s) => s, renameLocale, upper])).toEqual({ language: 'EN', [VERSION_KEY]: 3 });
    expect(migrate({ locale: 'en', [VERSION_KEY]: 1 }, [(s) => s, renameLocale, upper])).toEqual({ language: 'EN', [VERSION_KEY]: 3 });
    expect(migrate({ language: 'en', [VERSION_KEY]: 2 }, [(s) => s, renameLocale, upper])).toEqual({ language: 'EN', [VERSION_KEY]: 3 });
    expect(migrate({ language: 'en', [VERSION_KEY]: 7 }, [(s) => s, renameLocale, upper])).toEqual({ language: 'en', [VERSION_KEY]: 7 });
    expect(migrate({ locale: 'en', [VERSION_KEY]: 'x' })).toEqual({ locale: 'en', [VERSION_KEY]: SETTINGS_VERSION });
  });

  it('tells a watcher the new value, and the fallback for a malformed one', async () => {
    const seen = vi.fn();
    const off = localeItem.watch(seen);
    await fakeBrowser.storage.local.set({ locale: 'en' });
    await fakeBrowser.storage.local.set({ locale: 42 });
    off();
    await fakeBrowser.storage.local.set({ locale: 'en' });
    expect(seen.mock.calls).toEqual([['en'], ['id']]);
  });

  it('reads the fallback when storage fails', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('no storage'));
    expect(await localeItem.getValue()).toBe('id');
    expect(await guideDoneItem.getValue()).toEqual([]);
    expect(await readValues(localeItem, collapsedItem)).toEqual(['id', null]);
  });

  it('reads several items in one round trip, each as getValue would', async () => {
    await fakeBrowser.storage.local.set({ locale: 'en', panelCollapsed: 'yes', agencyId: 'umum' });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await readValues(localeItem, collapsedItem, agencyItem)).toEqual(['en', null, 'umum']);
    expect(get).toHaveBeenCalledTimes(1);
    expect(await readValues(localeItem, collapsedItem, agencyItem)).toEqual([await localeItem.getValue(), await collapsedItem.getValue(), await agencyItem.getValue()]);
  });
});
