import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  migrateSettings,
  normalizeHostname,
  parseSettings,
  settingsToStore,
  SETTINGS_VERSION,
  withSite,
} from './settings';

describe('parseSettings', () => {
  it.each([
    undefined,
    null,
    'garbage',
    42,
    [],
    { generalTopics: 'sometimes', cardDelay: 'soon', quoteChecking: 'yes', diagnostics: 'yes' },
  ])('falls back to defaults for %j', (raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps valid values and clamps the delay', () => {
    expect(
      parseSettings({
        disabledSites: ['a.example', 'a.example', 3, ''],
        generalTopics: 'never',
        quoteChecking: false,
        highlightStyle: 'tint',
        cardDelay: 99999,
        traditionalText: 'always',
        diagnostics: true,
      }),
    ).toEqual({
      disabledSites: ['a.example'],
      generalTopics: 'never',
      quoteChecking: false,
      highlightStyle: 'tint',
      cardDelay: 2000,
      traditionalText: 'always',
      diagnostics: true,
    });
    expect(parseSettings({ traditionalText: 'sometimes' }).traditionalText).toBe('auto');
    expect(parseSettings({ cardDelay: -5 }).cardDelay).toBe(0);
    expect(parseSettings({ cardDelay: Infinity }).cardDelay).toBe(DEFAULT_SETTINGS.cardDelay);
  });
});

describe('sites', () => {
  it('turns a site off and on again', () => {
    const off = withSite(DEFAULT_SETTINGS, 'news.example', false);
    expect(isSiteEnabled(off, 'news.example')).toBe(false);
    expect(isSiteEnabled(off, 'other.example')).toBe(true);
    expect(isSiteEnabled(withSite(off, 'news.example', true), 'news.example')).toBe(true);
  });
});

describe('hostnames', () => {
  it.each([
    ['127.0.0.1 ', '127.0.0.1'],
    ['Example.COM.', 'example.com'],
    ['https://news.example.com/world/1997?x=1', 'news.example.com'],
    ['news.example.com:8080', 'news.example.com'],
    ['news.example.com/path', 'news.example.com'],
    ['[::1]', '[::1]'],
    ['   ', ''],
  ])('%j is stored as %j', (site, host) => {
    expect(normalizeHostname(site)).toBe(host);
  });

  it('normalises stored sites, and matches a page however its host is written', () => {
    const settings = parseSettings({ disabledSites: ['127.0.0.1 ', 'Example.com', 'example.com.'] });
    expect(settings.disabledSites).toEqual(['127.0.0.1', 'example.com']);
    expect(isSiteEnabled(settings, '127.0.0.1')).toBe(false);
    expect(isSiteEnabled(settings, 'EXAMPLE.com')).toBe(false);
    expect(withSite(settings, ' Example.COM ', true).disabledSites).toEqual(['127.0.0.1']);
  });
});

describe('settings across versions', () => {
  const newer = { ...DEFAULT_SETTINGS, version: SETTINGS_VERSION + 1, readingMode: 'compact', quoteChecking: false };

  it('keeps fields this version does not know when saving, and never lowers a newer version', () => {
    const stored = settingsToStore(newer, { ...parseSettings(newer), cardDelay: 900 });
    expect(stored).toMatchObject({ readingMode: 'compact', cardDelay: 900, version: SETTINGS_VERSION + 1 });
    expect(stored.quoteChecking).toBe(false);
  });

  it('reads a newer stored object without failing, taking what it knows', () => {
    const settings = parseSettings(newer);
    expect(settings.quoteChecking).toBe(false);
    expect(settings).not.toHaveProperty('readingMode');
    expect(migrateSettings(newer)).toBeNull();
  });

  it('migrates version 1 (no version field) once, keeping its values and unknown fields', () => {
    const v1 = { disabledSites: ['a.example '], generalTopics: 'never', quoteChecking: true, cardDelay: 400, extra: 1 };
    const migrated = migrateSettings(v1)!;
    expect(migrated).toMatchObject({
      disabledSites: ['a.example'],
      generalTopics: 'never',
      cardDelay: 400,
      traditionalText: 'auto',
      extra: 1,
      version: SETTINGS_VERSION,
    });
    expect(migrateSettings(migrated)).toBeNull();
    expect(migrateSettings(undefined)).toBeNull();
  });

  it('a corrupt stored value migrates to the defaults', () => {
    expect(migrateSettings('{not json')).toEqual({ ...DEFAULT_SETTINGS, version: SETTINGS_VERSION });
  });
});
