/**
 * Settings in `browser.storage.sync` under `settings`, defined once. Reads never fail: corrupt or
 * unavailable storage gives the defaults. Writes keep the fields this version does not know (a newer
 * version on another synced device) and say whether they were stored.
 *
 * No WXT `version` on the item: WXT's versioned items run their migrations in every context that
 * reads them (every content script) and throw "Version downgrade detected" on an older synced
 * device. The version is a field of the object instead, migrated once by the background.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, migrateSettings, parseSettings, settingsToStore, type Settings } from '@/core/settings';

export const settingsItem = storage.defineItem<unknown>('sync:settings');

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Stores the settings; false when storage refused (quota, sync disabled), in which case nothing changed. */
export async function saveSettings(settings: Settings): Promise<boolean> {
  try {
    await settingsItem.setValue(settingsToStore(await settingsItem.getValue(), settings));
    return true;
  } catch {
    return false;
  }
}

/** Brings stored settings up to this version, once (the background calls it on install, update and start-up). */
export async function migrateStoredSettings(): Promise<void> {
  try {
    const migrated = migrateSettings(await settingsItem.getValue());
    if (migrated) await settingsItem.setValue(migrated);
    // Version 1 kept its version in WXT's meta key; the object carries it now.
    await settingsItem.removeMeta();
  } catch {
    // Storage unavailable: readers fall back to defaults and the next start tries again.
  }
}

/** Calls back with valid settings whenever they change; returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  try {
    return settingsItem.watch((value) => callback(parseSettings(value)));
  } catch {
    return () => {};
  }
}
