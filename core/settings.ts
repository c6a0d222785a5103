/** User settings: defaults, and validation that turns anything stored into something usable. */
import type { TraditionalMode } from './renderings';

export type GeneralTopicsMode = 'auto' | 'always' | 'never';
export type HighlightStyle = 'underline' | 'tint' | 'off';

export interface Settings {
  /** Hostnames where Yuanwen does nothing. */
  disabledSites: string[];
  generalTopics: GeneralTopicsMode;
  quoteChecking: boolean;
  highlightStyle: HighlightStyle;
  /** Milliseconds the pointer rests on a term before its card opens. */
  cardDelay: number;
  /** When to show the original also in traditional characters (auto: for Taiwan, Hong Kong and Macao). */
  traditionalText: TraditionalMode;
  /**
   * Scan timings as `yuanwen:scan` measures in the page's performance timeline. Off by default:
   * the timeline is shared with the page, and entries there would tell it that Yuanwen is installed.
   */
  diagnostics: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  disabledSites: [],
  generalTopics: 'auto',
  quoteChecking: true,
  highlightStyle: 'underline',
  cardDelay: 250,
  traditionalText: 'auto',
  diagnostics: false,
});

export const CARD_DELAY_RANGE = { min: 0, max: 2000 } as const;

/**
 * The stored object's schema version. Version 1 (0.1.0) kept its version in WXT's `settings$` meta key;
 * from version 2 it is the `version` field of the object itself, so any version can read any other.
 */
export const SETTINGS_VERSION = 2;

/** `' Example.COM. '` → `example.com`; a pasted address keeps only its host. Empty when nothing is left. */
export function normalizeHostname(site: string): string {
  let host = site.trim().toLowerCase();
  const address = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/.exec(host);
  if (address) host = address[1]!;
  host = host.replace(/[/?#].*$/, '').replace(/^[^@]*@/, '');
  if (!host.startsWith('[')) host = host.replace(/:\d+$/, '');
  return host.replace(/\.+$/, '');
}

const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

/** Whatever storage returned (missing, corrupt, from an older version) → valid settings. */
export function parseSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const delay = typeof value.cardDelay === 'number' && Number.isFinite(value.cardDelay) ? value.cardDelay : NaN;
  return {
    disabledSites: Array.isArray(value.disabledSites)
      ? [
          ...new Set(
            value.disabledSites
              .filter((site): site is string => typeof site === 'string')
              .map(normalizeHostname)
              .filter((site) => site.length > 0),
          ),
        ]
      : [],
    generalTopics: oneOf(value.generalTopics, ['auto', 'always', 'never'], DEFAULT_SETTINGS.generalTopics),
    quoteChecking: typeof value.quoteChecking === 'boolean' ? value.quoteChecking : DEFAULT_SETTINGS.quoteChecking,
    highlightStyle: oneOf(value.highlightStyle, ['underline', 'tint', 'off'], DEFAULT_SETTINGS.highlightStyle),
    cardDelay: Number.isNaN(delay)
      ? DEFAULT_SETTINGS.cardDelay
      : Math.round(Math.min(CARD_DELAY_RANGE.max, Math.max(CARD_DELAY_RANGE.min, delay))),
    traditionalText: oneOf(value.traditionalText, ['auto', 'always', 'never'], DEFAULT_SETTINGS.traditionalText),
    diagnostics: value.diagnostics === true,
  };
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(normalizeHostname(hostname));
}

export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = normalizeHostname(hostname);
  const others = settings.disabledSites.filter((site) => site !== host);
  return { ...settings, disabledSites: enabled || !host ? others : [...others, host] };
}

const asObject = (raw: unknown): Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};

/**
 * What to store for `settings`, given what is stored now: fields this version does not know (written by
 * a newer version on another synced device) are kept, and a newer version number is never lowered.
 */
export function settingsToStore(stored: unknown, settings: Settings): Record<string, unknown> {
  const previous = asObject(stored);
  const version =
    typeof previous.version === 'number' && previous.version > SETTINGS_VERSION ? previous.version : SETTINGS_VERSION;
  return { ...previous, ...parseSettings(settings), version };
}

/**
 * Brings a stored object up to this version, or returns null when nothing needs writing (already
 * current or newer, or nothing stored). Version 1 had the same fields without a version of its own.
 */
export function migrateSettings(stored: unknown): Record<string, unknown> | null {
  if (stored === undefined || stored === null) return null;
  const previous = asObject(stored);
  if (typeof previous.version === 'number' && previous.version >= SETTINGS_VERSION) return null;
  return settingsToStore(previous, parseSettings(previous));
}
