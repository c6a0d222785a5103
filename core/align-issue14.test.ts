/**
 * The verdicts a fact-checker relies on: the whole original stretch when the page
 * drops words near an edge, numbers in figures, passages held to a stricter bar.
 */
import { describe, expect, it } from 'vitest';
import { alignQuote, type AlignOptions } from './align';
import { statementCore } from './statement-core';
import type { DiffPart } from './diff';
import { fold, statement } from '../data';

const index = statementCore(statement, fold);
const quoted: AlignOptions = { kind: 'quoted', attributed: true };
const passage: AlignOptions = { kind: 'passage', attributed: false };
const check = (text: string, options: AlignOptions = quoted) => alignQuote(text, index, fold, options);
const marked = (parts: readonly DiffPart[] | undefined) =>
  (parts ?? [])
    .filter((p) => p.change !== 'same')
    .map((p) => p.text)
    .join('|');
const joined = (parts: readonly DiffPart[] | undefined) => (parts ?? []).map((p) => p.text).join('');

describe('the original stretch of an altered quotation', () => {
  it('covers the words the page dropped before its last words', () => {
    const result = check('台湾问题是中美关系中最重要、最敏感的问题');
    expect(result.verdict).toBe('altered');
    expect(result.original).toBe('台湾问题是中美关系中最重要、最敏感的核心问题');
    expect(marked(result.diff?.original)).toBe('核心');
    expect(marked(result.diff?.page)).toBe('');
  });
  it('covers the words the page dropped after its first words', () => {
    const result = check('台湾是中美关系中最重要、最敏感的核心问题');
    expect(result.original).toBe('台湾问题是中美关系中最重要、最敏感的核心问题');
    expect(marked(result.diff?.original)).toBe('问题');
  });
  it('calls a quotation with words left out of its middle (no ellipsis) altered, however many', () => {
    const result = check('台湾问题是中美关系中核心问题');
    expect(result.verdict).toBe('altered');
    expect(result.original).toBe('台湾问题是中美关系中最重要、最敏感的核心问题');
    expect(marked(result.diff?.original)).toBe('最重要、最敏感的');
  });
  it("shows the page's words exactly, an added word where the page put it", () => {
    const page = '美方重申，美国坚持一个中国的政策，并遵守中美三个联合公报的原则';
    const result = check(page);
    expect(result.verdict).toBe('altered');
    expect(joined(result.diff?.page)).toBe(page);
    expect(result.diff?.page).toContainEqual({ text: '并', change: 'added' });
    expect(result.original).toBe('美方重申，美国坚持一个中国的政策，遵守中美三个联合公报的原则');
  });
  it('copies nothing dangling: no comma after the stretch', () => {
    const result = check('中方强调，台湾问题是中美关系中最重要、最敏感的核心问题');
    expect(result.verdict).toBe('verbatim');
    expect(result.original).toBe('中方强调，台湾问题是中美关系中最重要、最敏感的核心问题');
  });
  it('marks where the quoted words sit in their paragraph, and gives the whole sentence', () => {
    const result = check('台湾问题是中美关系中最重要、最敏感的核心问题');
    const paragraph = statement.paragraphs[3]!.text;
    expect(result.matched).toHaveLength(1);
    const [m] = result.matched!;
    expect(m!.paragraph).toBe(4);
    expect(paragraph.slice(m!.start, m!.end)).toBe('台湾问题是中美关系中最重要、最敏感的核心问题');
    expect(result.sentence).toMatch(/^中方强调，台湾问题.*发展的关键。$/);
  });
});

describe('numbers', () => {
  it.each([
    ['这一重要性在1997年3月成立的中美环境与发展讨论会上得到了体现'],
    ['努力实现21世纪的和平与繁荣'],
    ['努力实现２１世纪的和平与繁荣'],
    ['恪守中美3个联合公报的原则'],
    ['中国司法部长将应美国司法部长的邀请于1997年11月访问美国'],
    ['自1979年以来，中美之间达成了30多个双边科技合作协议'],
  ])('figures for the statement’s numerals are verbatim: %s', (text) => {
    expect(check(text).verdict).toBe('verbatim');
  });
  it('a changed number is altered, and the original shows the original number', () => {
    const result = check('自1979年以来，中美之间达成了20多个双边科技合作协议');
    expect(result.verdict).toBe('altered');
    expect(result.original).toContain('三十多个');
    expect(marked(result.diff?.original)).toBe('三十');
    expect(marked(result.diff?.page)).toBe('20');
  });
  it('a changed year is altered', () => {
    expect(check('中国司法部长将应美国司法部长的邀请于1998年11月访问美国').verdict).toBe('altered');
  });
});

describe('passages', () => {
  it('a loose paraphrase reproduced without quotation marks is not an altered passage', () => {
    expect(check('美国方面重申坚持一个中国的政策，遵守中美三个联合公报。', passage).verdict).toBeNull();
  });
  it('a passage with one word changed is altered', () => {
    expect(check('两国元首准备采取积极和有效的措施扩大中美贸易和投资关系。', passage).verdict).toBe('altered');
  });
});
