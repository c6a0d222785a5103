import { describe, expect, it } from 'vitest';
import {
  buildFoldTable,
  charactersOf,
  parseOpenccDictionary,
  referencedParagraphs,
  traditionalForms,
} from './topic-index';
import { parseStatement } from './statement';

describe('parseOpenccDictionary', () => {
  it('keeps the first target of each entry', () => {
    const map = parseOpenccDictionary('乾 干 乾|臺 台|');
    expect([...map]).toEqual([
      ['乾', '干'],
      ['臺', '台'],
    ]);
  });
});

describe('buildFoldTable', () => {
  const ts = new Map([
    ['臺', '台'],
    ['灣', '湾'],
    ['龜', '龟'],
    ['裏', '里'],
  ]);
  const twVariants = new Map([
    ['裡', '裏'],
    ['台', '臺'], // folds back to itself: dropped
  ]);

  it('keeps only entries whose simplified side matters', () => {
    expect(buildFoldTable(ts, [], new Set(['台', '湾']), new Set())).toEqual({ 臺: '台', 灣: '湾' });
  });
  it('composes regional variants through standard traditional', () => {
    expect(buildFoldTable(ts, [twVariants], new Set(['里', '台']), new Set())).toEqual({
      臺: '台',
      裏: '里',
      裡: '里',
    });
  });
  it('keeps entries for characters of curated traditional forms', () => {
    expect(buildFoldTable(ts, [], new Set(), new Set(['龜']))).toEqual({ 龜: '龟' });
  });
  it('is sorted by key, so the output is deterministic', () => {
    const keys = Object.keys(buildFoldTable(ts, [twVariants], charactersOf(['台湾里龟']), new Set()));
    expect(keys).toEqual([...keys].sort());
  });
});

describe('traditionalForms', () => {
  const upper = (s: string) => s.toUpperCase();
  it('adds converted forms and curated variants, without repeating the simplified ones', () => {
    expect(
      traditionalForms({ id: 'x', kind: 'specific', zh: ['ab', 'AB'], en: [], variants: ['Ab'] }, [upper]),
    ).toEqual(['Ab']);
  });
});

describe('referencedParagraphs', () => {
  const statement = parseStatement('题\n\n日\n\n甲说关税。\n\n防 扩 散\n\n乙。\n\n丙说关税。');
  it('finds paragraphs that contain a form', () => {
    expect(referencedParagraphs(statement, ['关税'])).toEqual([1, 3]);
  });
  it('refers a form found only in a heading to its whole section', () => {
    expect(referencedParagraphs(statement, ['防扩散'])).toEqual([2, 3]);
  });
  it('finds nothing for a form the text lacks', () => {
    expect(referencedParagraphs(statement, ['人权'])).toEqual([]);
  });
});
