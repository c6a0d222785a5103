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

const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

/** Whatever storage returned (missing, corrupt, from an older version) → valid settings. */
export function parseSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const delay = typeof value.cardDelay === 'number' && Number.isFinite(value.cardDelay) ? value.cardDelay : NaN;
  return {
    disabledSites: Array.isArray(value.disabledSites)
      ? [...new Set(value.disabledSites.filter((site): site is string => typeof site === 'string' && site.length > 0))]
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
  return !settings.disabledSites.includes(hostname);
}

export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((site) => site !== hostname);
  return { ...settings, disabledSites: enabled ? others : [...others, hostname] };
}
