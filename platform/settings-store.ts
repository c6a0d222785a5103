/**
 * Settings in extension storage, defined once. Reads never fail: corrupt or
 * unavailable storage gives the defaults.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/core/settings';

export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(settings: Settings): Promise<boolean> {
  try {
    await settingsItem.setValue(parseSettings(settings));
    return true;
  } catch {
    return false;
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
