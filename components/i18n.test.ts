import { describe, expect, it } from 'vitest';
import english from '@/public/_locales/en/messages.json';
import simplified from '@/public/_locales/zh_CN/messages.json';
import traditional from '@/public/_locales/zh_TW/messages.json';
import { t } from './i18n';

const placeholders = (text: string) => [...text.matchAll(/\$[A-Z]+\$/g)].map((m) => m[0]).sort();

describe('interface strings', () => {
  it.each([
    ['zh_CN', simplified],
    ['zh_TW', traditional],
  ])('%s has every English key, with the same placeholders', (_, locale) => {
    expect(Object.keys(locale).sort()).toEqual(Object.keys(english).sort());
    for (const [key, value] of Object.entries(english)) {
      const translated = (locale as Record<string, { message: string }>)[key]!.message;
      expect(translated.trim().length, key).toBeGreaterThan(0);
      expect(placeholders(translated), key).toEqual(placeholders(value.message));
    }
  });
  it('falls back to English, with substitutions, outside the extension', () => {
    expect(t('searchNothing', '篮球')).toBe('The statement does not contain “篮球”.');
  });
});
