import { describe, expect, it } from 'vitest';
import { renderingsFor, type TraditionalMode } from './renderings';

describe('renderingsFor', () => {
  it.each<[string, TraditionalMode, boolean, string | null]>([
    ['en-US', 'auto', true, null],
    ['fr', 'auto', true, null],
    ['zh-CN', 'auto', false, null],
    ['zh', 'auto', false, null],
    ['zh-TW', 'auto', false, 'tw'],
    ['zh_TW', 'auto', false, 'tw'],
    ['zh-Hant', 'auto', false, 'tw'],
    ['zh-HK', 'auto', false, 'hk'],
    ['zh-Hant-HK', 'auto', false, 'hk'],
    ['zh-MO', 'auto', false, 'hk'],
    ['zh-TW', 'never', false, null],
    ['zh-CN', 'always', false, 'tw'],
    ['en-GB', 'always', true, 'tw'],
  ])('%s with traditional %s: summary %s, traditional %s', (language, mode, summary, traditional) => {
    expect(renderingsFor(language, mode)).toEqual({ summary, traditional });
  });
});
