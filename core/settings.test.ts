import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, parseSettings, withSite } from './settings';

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
