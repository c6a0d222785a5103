import { describe, expect, it } from 'vitest';
import { findQuoteCandidates } from './quote-candidates';

const quotes = (text: string) =>
  findQuoteCandidates(text)
    .filter((c) => c.kind === 'quoted')
    .map((c) => [text.slice(c.start, c.end), c.attributed]);

describe('findQuoteCandidates', () => {
  it.each([
    ['声明写道：“台湾问题是核心问题。”', [['台湾问题是核心问题。', true]]],
    ['聲明指出「臺灣問題是核心問題」。', [['臺灣問題是核心問題', true]]],
    ['『双方同意』，联合声明称。', [['双方同意', true]]],
    ['发言人说："我们反对。"', [['我们反对。', false]]],
    [
      'The joint statement says "a constructive strategic partnership".',
      [['a constructive strategic partnership', true]],
    ],
  ])('finds the quoted words in %s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it('does not carry an attribution over from an earlier sentence', () => {
    expect(quotes('联合声明发表于1997年。发言人说：“我们反对。”')).toEqual([['我们反对。', false]]);
  });

  it('counts a quotation as attributed when its paragraph names the statement in another sentence', () => {
    expect(
      quotes(
        '1997年的中美聯合聲明是兩國關係的里程碑。這份文件寫明「美國將停止對台灣出售一切武器並撤出全部軍事人員」。',
      ),
    ).toEqual([['美國將停止對台灣出售一切武器並撤出全部軍事人員', true]]);
    expect(quotes('联合声明发表于1997年10月29日。其中明确写道：“美国将停止对台湾出售一切武器。”')).toEqual([
      ['美国将停止对台湾出售一切武器。', true],
    ]);
    expect(
      quotes('The joint statement was signed in 1997. It reads: "the United States will end arms sales".'),
    ).toEqual([['the United States will end arms sales', true]]);
  });

  it('does not attribute to the statement what a named speaker said in the same paragraph', () => {
    expect(quotes('联合声明发表后，克林顿表示：“这是历史性的一天。”')).toEqual([['这是历史性的一天。', false]]);
  });

  it('splits a long block outside its quotations into sentences', () => {
    const text = '中美两国同意两国元首定期访问对方首都。两国同意在北京和华盛顿之间建立元首间通讯联络，以便利直接联系。';
    const passages = findQuoteCandidates(text).filter((c) => c.kind === 'passage');
    expect(passages.map((c) => text.slice(c.start, c.end))).toEqual([
      '中美两国同意两国元首定期访问对方首都。',
      '两国同意在北京和华盛顿之间建立元首间通讯联络，以便利直接联系。',
    ]);
  });

  it('finds no passage in a short block, and nothing in empty text or an unclosed quote', () => {
    expect(findQuoteCandidates('短句。')).toEqual([]);
    expect(findQuoteCandidates('')).toEqual([]);
    expect(quotes('他说：“没有结束')).toEqual([]);
  });
});
