import { describe, expect, it } from 'vitest';
import { fold, patterns } from '../data';
import { BoundaryRule, gluedWords, insideLongerName, straddlingWords, type Segmenter } from './boundaries';
import { MentionMatcher } from './matcher';
import { normalize } from './normalize';

// Node's ICU segments Chinese exactly as Chromium's does on these sentences and on the build's
// carriers (compared in tests/e2e/precision.spec.ts), so the real segmenter is used here.
const zh = new Intl.Segmenter('zh', { granularity: 'word' });
const segment: Segmenter = (text) => zh.segment(text);
const matcher = new MentionMatcher(patterns, new BoundaryRule(fold, () => segment));

/** What the matcher marks in a sentence (as written), and whether an anchor opens the gate. */
function marks(text: string): { terms: string[]; anchor: boolean } {
  const result = matcher.findMentions(normalize(text, fold));
  return { terms: result.mentions.map((m) => text.slice(m.start, m.end)), anchor: result.anchor };
}

/**
 * Real news wording: [sentence, the terms a reader would see marked, whether it is about China–US relations].
 * Negative rows are terms inside longer words that mean something else.
 */
export const BOUNDARY_TABLE: [string, string[], boolean][] = [
  // Simplified: traps
  ['中央气象台预计，本周中东部地区将出现明显降温。', [], false],
  ['中东欧国家与中国的合作不断深化。', [], false],
  ['南方部分地区仍处于南亚热带季风影响之下。', [], false],
  ['东南亚国家联盟外长会议在雅加达开幕。', [], false],
  ['本地咖啡品牌将从中美洲扩大咖啡豆采购。', [], false],
  ['新店选址美中不足的是停车位偏少。', [], false],
  ['部分欧美中小企业在本市设立了采购中心。', [], false],
  ['南美中部地区遭遇罕见干旱。', [], false],
  ['访美中方代表团今天抵达纽约。', [], false],
  ['区残联表示，将进一步保障残疾人权益。', [], false],
  ['新规明确维护每位居民的个人权利。', [], false],
  ['一季度全市海关税收同比增长百分之八。', [], false],
  ['联合国际学校秋季招生开放日定于下周六举行。', [], false],
  ['世贸中心站至会展中心站的区段延长运营。', [], false],
  ['北京世贸天阶周末灯光秀吸引大批市民。', [], false],
  ['地址：北京市朝阳区世贸大厦18层。', [], false],
  ['海湾大桥将于周六凌晨起封闭检修。', [], false],
  ['公司法人权益受法律保护。', [], false],
  // Simplified: mentions
  ['中方重申，台湾问题是中美关系中最重要、最敏感的核心问题。', ['台湾问题', '中美关系'], true],
  ['美方表示将继续与中方就中东局势保持沟通。', ['中东'], false],
  ['支持联合国维和部队在中东地区的行动。', ['联合国', '维和', '中东'], false],
  ['双方还就南亚局势和防扩散问题交换了意见。', ['南亚', '防扩散'], false],
  ['美中两国在关税问题上仍有分歧。', ['关税'], true],
  ['近期加征的关税影响了供应链。', ['关税'], false],
  ['在人权问题上，双方同意继续对话。', ['人权'], false],
  ['中美两国都是联合国安理会常任理事国。', ['联合国安理会', '常任理事国'], true],
  ['两国防扩散磋商将于下月举行。', ['防扩散'], false],
  ['双方同意推动联合国内部改革。', ['联合国'], false],
  ['美中的分歧主要集中在出口管制领域。', ['出口管制'], true],
  ['中国加入世贸组织已经二十多年。', ['世贸组织'], false],
  ['海湾地区局势牵动国际油价。', ['海湾地区'], false],
  // Traditional
  ['氣象局預測，中東部地區週末有雨。', [], false],
  ['台北世貿一館本週末舉辦電腦展。', [], false],
  ['東南亞美食節在信義區登場。', [], false],
  ['中美洲咖啡豆今年漲價。', [], false],
  ['美中不足的是排隊人潮太多。', [], false],
  ['維護個人權利是政府的責任。', [], false],
  ['中方強調，臺灣問題是中美關係中最重要、最敏感的核心問題。', ['臺灣問題', '中美關係'], true],
  ['美方關注中東局勢與聯合國的角色。', ['中東', '聯合國'], false],
  ['美中雙方就關稅與世貿規則交換意見。', ['關稅', '世貿'], true],
  ['聯合國安理會將討論朝鮮半島局勢。', ['聯合國安理會', '朝鮮半島'], false],
  // English
  ['A spokesman for the National Security Council said the talks went well.', [], false],
  ['Washington would raise the issue at the UN Security Council next month.', ['UN Security Council'], false],
  ['The Security Council met on Tuesday.', ['Security Council'], false],
  ['The Korean Peninsula Energy Development Organization was cited as a model.', [], false],
  ['The talks covered the Korean Peninsula and human rights.', ['Korean Peninsula', 'human rights'], false],
  ['Human Rights Watch said in a statement that it welcomed the dialogue.', [], false],
  ['Human rights groups said they welcomed the dialogue.', ['Human rights'], false],
  ['Separately, ITA Airways said it would add flights to Beijing.', [], false],
  ['Both sides signed the ITA in Singapore.', ['ITA'], false],
  ['The Middle East Airlines chief executive met investors in Shanghai.', [], false],
  ['The two sides also discussed the Middle East and the Taiwan question.', ['Middle East', 'Taiwan question'], false],
  [
    'Officials from the Energy Department joined a session on clean energy.',
    ['Energy Department', 'clean energy'],
    false,
  ],
  ['U.S. Department of Energy officials attended.', ['Department of Energy'], false],
  ['U.S., China Pledge Talks on Korean Peninsula and Human Rights', ['Korean Peninsula', 'Human Rights'], false],
  ['China Backs Security Council Role in Korean Peninsula Talks', ['Security Council', 'Korean Peninsula'], false],
  ['WTO Director-General Ngozi Okonjo-Iweala welcomed the U.S.-China talks.', ['WTO'], true],
  ['Analysts said Sino-U.S. ties had improved.', [], true],
];

describe('word boundaries on real news wording', () => {
  it('has a table of at least 40 rows in three scripts', () => {
    expect(BOUNDARY_TABLE.length).toBeGreaterThanOrEqual(40);
    expect(BOUNDARY_TABLE.some(([text]) => /[們個與這關係國東]/.test(text))).toBe(true);
    expect(BOUNDARY_TABLE.some(([text]) => /^[A-Z]/.test(text))).toBe(true);
  });
  for (const [text, terms, anchor] of BOUNDARY_TABLE) {
    it(`${text} → ${terms.join(' · ') || 'nothing'}${anchor ? ' (about China–US)' : ''}`, () => {
      expect(marks(text)).toEqual({ terms, anchor });
    });
  }
});

describe('the boundary rule in parts', () => {
  it('finds segmenter words that straddle an edge, not those that contain the term', () => {
    const text = '保护个人权利';
    expect(straddlingWords(text, 3, 5, segment)).toEqual(['个人', '权利']);
    expect(straddlingWords('中东地区', 0, 2, segment)).toEqual([]);
  });

  it("learns a term's glued words from ordinary carriers only", () => {
    expect(gluedWords('防扩散', ['双方以防扩散为重点'], segment)).toEqual(['以防']);
    expect(gluedWords('防扩散', ['防扩散是重点'], segment)).toEqual([]);
  });

  it('rejects a capitalised name after or before another, not at a sentence start or in a headline', () => {
    const name = { text: 'security council', acronym: false };
    const at = (text: string) => [text.indexOf('Security'), text.indexOf('Security') + 16] as const;
    for (const [text, longer] of [
      ['the National Security Council said', true],
      ['the Security Council Report said', true],
      ['National Security Council', true],
      ['Security Council Meets on Korea', false], // a headline
      ['He said. Security Council members met', false],
      ['the Security Council met on Tuesday', false],
    ] as const) {
      expect(insideLongerName(text, ...at(text), name), text).toBe(longer);
    }
  });

  it('segments only when a Han neighbour could form a longer word', () => {
    let calls = 0;
    const counting = new MentionMatcher(patterns, new BoundaryRule(fold, () => (text) => (calls++, segment(text))));
    counting.findMentions(normalize('《中东》，“人权”。', fold));
    expect(calls).toBe(0);
    counting.findMentions(normalize('保护个人权利', fold));
    expect(calls).toBe(1);
  });

  it('leaves long terms to the known longer words', () => {
    // The segmenter reads 中国人 / 道 / 主义 here; the phrase is still the topic.
    expect(straddlingWords('中国人道主义救援队', 2, 8, segment)).toEqual(['中国人']);
    expect(marks('中国人道主义救援队抵达灾区。').terms).toEqual(['人道主义救援']);
  });
});
