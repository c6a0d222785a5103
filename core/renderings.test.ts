import { describe, expect, it } from 'vitest';
import { excerptRenderings, renderingsFor, traditionalExcerpt, type TraditionalMode } from './renderings';
import type { Renderings } from './types';

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

describe('traditionalExcerpt', () => {
  const source = '中方强调，台湾问题是中美关系中最重要的问题。';
  const converted = '中方強調，臺灣問題是中美關係中最重要的問題。';
  it('takes the same stretch of the converted paragraph', () => {
    expect(traditionalExcerpt(source, converted, '台湾问题是中美关系中')).toBe('臺灣問題是中美關係中');
    expect(traditionalExcerpt(source, converted, source)).toBe(converted);
  });
  it('gives nothing for an excerpt not in the paragraph, an empty one, or a conversion of another length', () => {
    expect(traditionalExcerpt(source, converted, '美国')).toBeUndefined();
    expect(traditionalExcerpt(source, converted, '')).toBeUndefined();
    expect(traditionalExcerpt(source, `${converted}。`, '台湾')).toBeUndefined();
    expect(traditionalExcerpt(source, undefined, '台湾')).toBeUndefined();
  });
});

describe('excerptRenderings', () => {
  const renderings: Renderings = {
    sectionNames: [null, 'The Taiwan question'],
    summaries: ['One.', 'Two.'],
    traditional: { tw: ['甲', '臺灣問題。中美關係。'], hk: ['甲', '台灣問題。中美關係。'] },
    traditionalTitle: { tw: '', hk: '' },
  };
  const paragraph = { n: 2, section: 1, text: '台湾问题。中美关系。' };
  it('gives an English reader the summary and the section’s English name, nothing in traditional script', () => {
    expect(excerptRenderings(renderings, renderingsFor('en', 'auto'), paragraph, ['中美关系。'])).toEqual({
      standard: null,
      summary: 'Two.',
      sectionEnglish: 'The Taiwan question',
    });
  });
  it('gives a reader in Taiwan or Hong Kong the excerpts in their standard, and no summary', () => {
    expect(
      excerptRenderings(renderings, renderingsFor('zh-TW', 'auto'), paragraph, ['台湾问题。', '中美关系。']),
    ).toEqual({ standard: 'tw', traditional: '臺灣問題。中美關係。' });
    expect(excerptRenderings(renderings, renderingsFor('zh-HK', 'auto'), paragraph, ['台湾问题。'])).toEqual({
      standard: 'hk',
      traditional: '台灣問題。',
    });
  });
  it('gives no traditional text when an excerpt is not in the paragraph, nor a section name for the preamble', () => {
    expect(excerptRenderings(renderings, renderingsFor('zh-TW', 'auto'), paragraph, ['美国'])).toEqual({
      standard: 'tw',
    });
    expect(
      excerptRenderings(renderings, renderingsFor('en', 'auto'), { n: 1, section: 0, text: '甲' }, ['甲']),
    ).toEqual({ standard: null, summary: 'One.' });
    expect(excerptRenderings(renderings, renderingsFor('zh-CN', 'auto'), paragraph, ['台湾问题。'])).toEqual({
      standard: null,
    });
  });
});
