import { describe, expect, it } from 'vitest';
import { fitQuotation } from './fit';

const fit = (text: string, page: string) => {
  const result = fitQuotation(text, 0, text.length, page)!;
  return text.slice(result.start, result.end);
};

describe('fitQuotation', () => {
  it('ends where the statement phrase ends when the page drops a word before its last words', () => {
    expect(fit('甲乙台湾问题最敏感的核心问题恪守原则', '台湾问题最敏感的问题')).toBe('台湾问题最敏感的核心问题');
  });
  it('starts where the statement phrase starts when the page drops a word after its first words', () => {
    expect(fit('中方强调台湾问题是中美关系中最重要', '台湾是中美关系中最重要')).toBe('台湾问题是中美关系中最重要');
  });
  it('does not reach past the last word the page shares with the statement', () => {
    expect(fit('台湾问题是最敏感的核心问题恪守原则', '台湾问题是最敏感的核心问题不容干涉')).toBe(
      '台湾问题是最敏感的核心问题',
    );
  });
  it('gives an edit script that rebuilds both texts', () => {
    const text = '美方重申美国坚持一个中国的政策遵守三个联合公报的原则';
    const page = '美国坚持一个中国政策并遵守三个公报的原则';
    const result = fitQuotation(text, 0, text.length, page)!;
    const stretch = text.slice(result.start, result.end);
    const ops = result.ops;
    expect(
      ops
        .filter((op) => op.type !== 'delete')
        .map((op) => page[op.page])
        .join(''),
    ).toBe(page);
    expect(
      ops
        .filter((op) => op.type !== 'insert')
        .map((op) => stretch[op.original])
        .join(''),
    ).toBe(stretch);
  });
});
