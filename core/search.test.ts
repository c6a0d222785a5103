import { describe, expect, it } from 'vitest';
import { paragraphNamed, pinyinKey, StatementSearch } from './search';
import { fold, renderings, searchData, statement, topics } from '../data';

const search = new StatementSearch(searchData, statement, topics, fold, renderings.summaries);

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
  ['person, English', 'Clinton', 1, '克林顿'],
  ['person, English', 'Jiang Zemin', 1, '江泽民'],
  ['person, English', 'Gore', 1, '戈尔'],
  ['person, English', 'Albright', 1, '奥尔布赖特'],
  ['person, English', 'Qian Qichen', 1, '钱其琛'],
  ['person, pinyin', 'jiangzemin', 1, '江泽民'],
  ['person, Chinese', '克林顿', 1, '克林顿'],
  ['place, English', 'Beijing', 9, '北京'],
  ['year in figures', '1997', 1, '一九九七年'],
  ['date in figures', '1997年3月', 11, '一九九七年三月'],
  ['year in full-width figures', '１９９８年', 17, '一九九八年'],
  ['count in figures', '30多个', 29, '三十多个'],
  ['century in figures', '21世纪', 2, '二十一世纪'],
  ['paragraph', 'p12', 12, '开发并有效利用能源'],
  ['paragraph', '¶12', 12, '开发并有效利用能源'],
  ['paragraph', '第12段', 12, '开发并有效利用能源'],
  ['paragraph', '第十二段', 12, '开发并有效利用能源'],
  ['English summary', 'counterfeiting', 23, '打击国际有组织犯罪'],
  ['English summary', 'disaster relief', 28, '人道主义救援'],
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

  it('names paragraphs by number, and only those that exist', () => {
    expect(paragraphNamed('P 7', 31)).toBe(7);
    expect(paragraphNamed('para. 31', 31)).toBe(31);
    expect(paragraphNamed('#p3', 31)).toBe(3);
    expect(paragraphNamed('p32', 31)).toBeNull();
    expect(paragraphNamed('第0段', 31)).toBeNull();
    expect(paragraphNamed('1997', 31)).toBeNull();
  });

  it.each([
    ['导单', '导弹'],
    ['四方会坛', '四方会谈'],
    ['台弯问题', '台湾问题'],
  ])('suggests %s → %s, by sound', (query, suggestion) => {
    expect(search.suggest(query)).toBe(suggestion);
  });

  it.each(['导弹', '篮球联赛', 'WTO', '单'])('suggests nothing for %s', (query) => {
    expect(search.suggest(query)).toBeNull();
  });

  it('reduces typed pinyin to letters', () => {
    expect(pinyinKey("Lǚ you'ài 4")).toBe('lvyouai');
  });
});
