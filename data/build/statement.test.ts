import { describe, expect, it } from 'vitest';
import {
  endsParagraph,
  isHeading,
  parseStatement,
  removeLetterSpacing,
  repairPageBreaks,
  splitBlocks,
  splitSentences,
} from './statement';

describe('splitBlocks', () => {
  it('splits on blank lines, trims, drops empties and joins lines inside a block', () => {
    expect(splitBlocks('\n\n标题\n\n第一行\n第二行\r\n  \r\n末段。')).toEqual(['标题', '第一行第二行', '末段。']);
  });
  it('ignores a byte-order mark', () => {
    expect(splitBlocks('\uFEFF标题\n\n正文。')).toEqual(['标题', '正文。']);
  });
});

describe('headings', () => {
  it.each([
    ['高层对话和磋商', true],
    ['防 扩 散', true],
    ['科技、教育和文化交流', true],
    ['作和研究。', false],
    ['中美两国重申就广泛的环境问题进行合作的重要性，这一重', false],
    ['这是一个很长很长的没有标点的段落片段它超过了标题的长度上限', false],
  ])('isHeading(%s) is %s', (block, expected) => {
    expect(isHeading(block)).toBe(expected);
  });

  it('removes letter-spacing between Han characters only', () => {
    expect(removeLetterSpacing('防 扩 散')).toBe('防扩散');
    expect(removeLetterSpacing('法 律 合 作')).toBe('法律合作');
    expect(removeLetterSpacing('WTO 谈判')).toBe('WTO 谈判');
  });

  it('knows which blocks end a paragraph', () => {
    expect(endsParagraph('……关系。')).toBe(true);
    expect(endsParagraph('他说：“好。”')).toBe(true);
    expect(endsParagraph('在中美三个联')).toBe(false);
  });
});

describe('repairPageBreaks', () => {
  it('joins a block that stops mid-sentence with the next one', () => {
    expect(
      repairPageBreaks(['标题', '双方同意，在中美三个联', '合公报的原则基础上处理两国关系。', '下一段。']),
    ).toEqual(['标题', '双方同意，在中美三个联合公报的原则基础上处理两国关系。', '下一段。']);
  });
  it('joins across several breaks in one paragraph', () => {
    expect(repairPageBreaks(['甲乙，', '丙丁，', '戊己。'])).toEqual(['甲乙，丙丁，戊己。']);
  });
  it('never joins a heading, before or after', () => {
    expect(repairPageBreaks(['段落。', '两军关系', '中美两国同意。'])).toEqual([
      '段落。',
      '两军关系',
      '中美两国同意。',
    ]);
    expect(repairPageBreaks(['未完的句子，', '人 权', '下一段。'])).toEqual(['未完的句子，', '人 权', '下一段。']);
  });
  it('leaves a paragraph that ends the text open without inventing anything', () => {
    expect(repairPageBreaks(['最后没有句号'])).toEqual(['最后没有句号']);
  });
});

describe('splitSentences', () => {
  it('gives offsets that cover each sentence with its punctuation', () => {
    const text = '第一句。第二句！第三句？“引文。”尾巴';
    const sentences = splitSentences(text);
    expect(sentences.map(({ start, end }) => text.slice(start, end))).toEqual([
      '第一句。',
      '第二句！',
      '第三句？',
      '“引文。”',
      '尾巴',
    ]);
  });
  it('returns nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
  });
});

describe('parseStatement', () => {
  const source = '\n\n题目\n\n一九九七年\n\n序言第一段，跨\n\n页。\n\n防 扩 散\n\n第一段。第二句。\n\n人 权\n\n末段。';
  const statement = parseStatement(source);

  it('takes title and date from the first two blocks', () => {
    expect(statement.title).toBe('题目');
    expect(statement.date).toBe('一九九七年');
  });
  it('numbers paragraphs from 1 across sections, with the preamble as section 0', () => {
    expect(statement.paragraphs.map((p) => [p.n, p.section, p.text])).toEqual([
      [1, 0, '序言第一段，跨页。'],
      [2, 1, '第一段。第二句。'],
      [3, 2, '末段。'],
    ]);
    expect(statement.sections.map((s) => [s.heading, s.paragraphs])).toEqual([
      [null, [1]],
      ['防扩散', [2]],
      ['人权', [3]],
    ]);
  });
  it('refuses a source with no body', () => {
    expect(() => parseStatement('题目\n\n日期')).toThrow(/expected/);
  });
});
