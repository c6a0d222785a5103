import { describe, expect, it } from 'vitest';
import { pinyinKey, StatementSearch } from './search';
import { fold, searchData, statement, topics } from '../data';

const search = new StatementSearch(searchData, statement, topics, fold);

/** Query → the paragraph of the first result, and words the first result must contain. */
const QUERIES: [string, string, number, string][] = [
  ['simplified', '台湾问题', 4, '台湾问题是中美关系中最重要'],
  ['simplified', '四方会谈', 6, '四方会谈'],
  ['simplified phrase', '元首间通讯联络', 9, '元首间通讯联络'],
  ['traditional', '臺灣問題', 4, '台湾问题'],
  ['traditional', '世界貿易組織', 14, '世界贸易组织'],
  ['traditional variant', '飛彈及其技術控制制度', 19, '导弹及其技术控制制度'],
  ['English acronym', 'WTO', 14, '世界贸易组织'],
  ['English acronym, lower case', 'ctbt', 16, '全面禁止核试验条约'],
  ['English name', 'human rights', 20, '人权'],
  ['English name', 'Missile Technology Control Regime', 19, '导弹及其技术控制制度'],
  ['English word', 'taiwan', 4, '台湾问题'],
  ['English name', 'four-party talks', 6, '四方会谈'],
  ['pinyin with a space', 'taiwan wenti', 4, '台湾问题'],
  ['pinyin without spaces', 'shijiemaoyizuzhi', 14, '世界贸易组织'],
  ['pinyin with spaces', 'shijie maoyi zuzhi', 14, '世界贸易组织'],
  ['pinyin with tone marks', 'sìfāng huìtán', 6, '四方会谈'],
  ['pinyin with tone numbers', 'si4fang1 hui4tan2', 6, '四方会谈'],
  ['typo', '全面禁止核试验条例', 16, '全面禁止核试验条约'],
  ['typo', '导弹及其技术控制制渡', 19, '导弹及其技术控制制度'],
  ['typo in English', 'Chemical Weapons Conventoin', 18, '禁止化学武器公约'],
];

describe('search ranking', () => {
  it.each(QUERIES)('%s: %s → ¶%i first', (_, query, paragraph, words) => {
    const [first] = search.search(query);
    expect(first, query).toBeDefined();
    expect(first!.paragraph).toBe(paragraph);
    expect(first!.text).toContain(words);
  });

  it.each(['篮球联赛', 'basketball', 'xyz', 'zzzz zzzz', '人工智能'])('finds nothing for %s', (query) => {
    expect(search.search(query)).toEqual([]);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('   \u200b ')).toEqual([]);
  });

  it('emphasises the matching words', () => {
    const [first] = search.search('taiwan wenti');
    const marked = first!.marks.map(([s, e]) => first!.text.slice(s, e));
    expect(marked).toContain('台湾问题');
  });

  it('puts topic and exact hits before fuzzy ones', () => {
    const results = search.search('关税');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.match !== 'fuzzy')).toBe(true);
  });

  it('does not match pinyin inside syllables', () => {
    expect(search.search('anwen').filter((r) => r.match === 'pinyin')).toEqual([]);
  });

  it('reduces typed pinyin to letters', () => {
    expect(pinyinKey("Lǚ you'ài 4")).toBe('lvyouai');
  });
});
