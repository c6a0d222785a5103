import { describe, expect, it } from 'vitest';
import { alignQuote, type AlignOptions } from './align';
import { coreOf, statementCore } from './statement-core';
import { fold, statement } from '../data';

const index = statementCore(statement, fold);
const quoted: AlignOptions = { kind: 'quoted', attributed: true };
const check = (text: string, options: AlignOptions = quoted) => alignQuote(text, index, fold, options);

/** The verdict table: case, quotation, options, expected verdict, expected paragraph. */
const CASES: [string, string, AlignOptions, string | null, number | null][] = [
  ['verbatim clause', '台湾问题是中美关系中最重要、最敏感的核心问题', quoted, 'verbatim', 4],
  ['traditional script of simplified text', '臺灣問題是中美關係中最重要、最敏感的核心問題', quoted, 'verbatim', 4],
  ['punctuation and spaces differ', '台湾问题是中美关系中最重要 最敏感的核心问题!', quoted, 'verbatim', 4],
  [
    'ellipsis for omitted words',
    '双方同意致力于促使《全面禁止核试验条约》尽早生效……在联合国裁军谈判会议上寻求早日',
    quoted,
    'verbatim',
    16,
  ],
  [
    'ellipsis, pieces out of order',
    '在联合国裁军谈判会议上寻求早日……双方同意致力于促使《全面禁止核试验条约》尽早生效',
    quoted,
    'altered',
    16,
  ],
  ['a number changed', '自一九七九年以来，中美之间达成了二十多个双边科技合作协议', quoted, 'altered', 29],
  ['a word dropped', '台湾问题是中美关系中最重要的核心问题', quoted, 'altered', 4],
  ['a word changed', '美方重申，美国坚持一个中国的立场', quoted, 'altered', 4],
  ['words added', '中美两国同意两国元首每年定期访问对方首都', quoted, 'altered', 8],
  ['attributed but not in the statement', '美国将停止对台湾出售一切武器并撤出全部军事人员', quoted, 'unmatched', null],
  // Half of it is a name the statement uses: still no passage of the statement says this.
  [
    'attributed, not in the statement, around a name it uses',
    '中国将立即加入导弹及其技术控制制度',
    quoted,
    'unmatched',
    19,
  ],
  [
    'unattributed unrelated quotation',
    '我们坚决反对任何形式的贸易保护主义',
    { kind: 'quoted', attributed: false },
    null,
    null,
  ],
  ['too short to judge', '台湾问题', quoted, null, null],
  ['short and only loosely similar', '两国同意加强合作交流', { kind: 'quoted', attributed: false }, null, null],
  ['English translation', 'the Taiwan question is the most important and sensitive', quoted, null, null],
  [
    'reproduced passage, verbatim',
    '中美两国同意两国元首定期访问对方首都。',
    { kind: 'passage', attributed: false },
    'verbatim',
    8,
  ],
  [
    'ordinary news sentence',
    '分析人士认为，两国关系近年来起伏不定，前景仍不明朗。',
    { kind: 'passage', attributed: false },
    null,
    null,
  ],
];

describe('alignQuote verdicts', () => {
  it.each(CASES)('%s', (_, text, options, verdict, paragraph) => {
    const result = check(text, options);
    expect(result.verdict).toBe(verdict);
    if (paragraph !== null) expect(result.paragraphs).toContain(paragraph);
  });
});

describe('alignQuote details', () => {
  it('shows the changed number against the original', () => {
    const result = check('自一九七九年以来，中美之间达成了二十多个双边科技合作协议');
    expect(result.diff!.original).toContainEqual({ text: '三十', change: 'changed' });
    expect(result.diff!.page).toContainEqual({ text: '二十', change: 'changed' });
    expect(result.original).toContain('三十多个双边科技合作协议');
  });
  it('shows a dropped word and added words', () => {
    const dropped = check('台湾问题是中美关系中最重要的核心问题');
    expect(dropped.diff!.original.filter((p) => p.change === 'dropped').map((p) => p.text)).toEqual(['最敏感']);
    const added = check('中美两国同意两国元首每年定期访问对方首都');
    expect(added.diff!.page).toContainEqual({ text: '每年', change: 'added' });
  });
  it('rebuilds both texts from the two lines, punctuation included', () => {
    const page = '美方重申，美国坚持一个中国的立场';
    const result = check(page);
    expect(result.diff!.original.map((p) => p.text).join('')).toBe(result.original);
    expect(result.diff!.page.map((p) => p.text).join('')).toBe(page);
  });
  it('names a weakly similar paragraph for an unmatched quotation when there is one', () => {
    const result = check('中美两国同意在人权问题上不再存在任何分歧并共同发表人权报告');
    expect(result.verdict).toBe('unmatched');
  });
  it('checks any selection on demand, with no length minimum', () => {
    expect(check('四方会谈', { kind: 'quoted', attributed: false, onDemand: true }).verdict).toBe('verbatim');
    expect(check('篮球联赛', { kind: 'quoted', attributed: false, onDemand: true }).verdict).toBe('unmatched');
  });
  it('gives no verdict for empty or huge input', () => {
    expect(check('').verdict).toBeNull();
    expect(check('台湾问题'.repeat(1000)).verdict).toBeNull();
  });
  it('keeps only letters, digits and ideographs for comparison', () => {
    expect(coreOf('《中美》，WTO！', fold).core).toBe('中美wto');
  });
});
