import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MentionMatcher, selectLongest, type Match, type Pattern } from './matcher';
import { normalize } from './normalize';
import { fold, patterns as indexPatterns, topics } from '../data';

const pattern = (text: string, topic: number, extra: Partial<Pattern> = {}): Pattern => ({
  text,
  topic,
  anchor: false,
  acronym: false,
  ...extra,
});

describe('MentionMatcher on hand-made patterns', () => {
  const matcher = new MentionMatcher([
    pattern('台湾问题', 0),
    pattern('问题', 1),
    pattern('世界贸易组织', 2),
    pattern('世贸', 3),
    pattern('wto', 2, { acronym: true }),
    pattern('one-china policy', 4),
    pattern('中美', -1, { anchor: true }),
    pattern('甲乙丙丁', 5),
    pattern('丙丁戊己庚', 6),
  ]);
  const find = (text: string) =>
    matcher.findMentions(normalize(text, fold)).mentions.map((m) => [m.topic, text.slice(m.start, m.end)]);

  it('takes the longest match and never overlaps', () => {
    expect(find('台湾问题和其他问题')).toEqual([
      [0, '台湾问题'],
      [1, '问题'],
    ]);
    expect(find('甲乙丙丁戊己庚')).toEqual([[6, '丙丁戊己庚']]);
  });
  it('finds terms across traditional script and zero-width characters', () => {
    expect(find('臺灣問題')).toEqual([[0, '臺灣問題']]);
    expect(find('台\u200b湾问题')).toEqual([[0, '台\u200b湾问题']]);
  });
  it('matches English on word boundaries, case-insensitively', () => {
    expect(find('its One-China Policy.')).toEqual([[4, 'One-China Policy']]);
    expect(find('a one-china policymaker')).toEqual([]);
  });
  it('matches acronyms only in capitals and on boundaries', () => {
    expect(find('WTO talks; ＷＴＯ')).toEqual([
      [2, 'WTO'],
      [2, 'ＷＴＯ'],
    ]);
    expect(find('wto talks, Wto, WTOs')).toEqual([]);
  });
  it('reports anchors separately from mentions', () => {
    const result = matcher.findMentions(normalize('中美两国', fold));
    expect(result).toEqual({ mentions: [], anchor: true });
    expect(matcher.findMentions(normalize('两国', fold)).anchor).toBe(false);
  });
  it('finds nothing in empty text', () => {
    expect(find('')).toEqual([]);
  });
});

describe('selectLongest', () => {
  it('prefers longer, then earlier, and returns text order', () => {
    const chosen = selectLongest([
      { start: 0, end: 2, pattern: 0 },
      { start: 1, end: 4, pattern: 1 },
      { start: 4, end: 6, pattern: 2 },
      { start: 5, end: 7, pattern: 3 },
    ]);
    expect(chosen.map((m) => m.pattern)).toEqual([1, 2]);
  });

  it('chooses as a plain marking of taken characters would, few matches or many, apart or not', () => {
    /** The rule written plainly: longest first, then earliest; a character taken once is taken. */
    const reference = (matches: readonly Match[], accepts?: (match: Match) => boolean) => {
      const taken: Match[] = [];
      const occupied = new Set<number>();
      const order = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      for (const match of order) {
        const free = Array.from({ length: match.end - match.start }, (_, i) => match.start + i).every(
          (at) => !occupied.has(at),
        );
        if (!free || (accepts && !accepts(match))) continue;
        for (let at = match.start; at < match.end; at++) occupied.add(at);
        taken.push(match);
      }
      return taken.sort((a, b) => a.start - b.start);
    };
    const match = fc.record({ start: fc.nat(300), length: fc.integer({ min: 1, max: 12 }), pattern: fc.nat(50) });
    fc.assert(
      fc.property(fc.array(match, { maxLength: 80 }), fc.boolean(), (raw, turnDownSome) => {
        // As findAll gives them: by end, and never two of one pattern at one place.
        const seen = new Set<string>();
        const matches = raw
          .map(({ start, length, pattern }) => ({ start, end: start + length, pattern }))
          .filter((m) => !seen.has(`${m.start} ${m.end}`) && seen.add(`${m.start} ${m.end}`))
          .sort((a, b) => a.end - b.end || b.start - a.start);
        const accepts = turnDownSome ? (m: Match) => m.pattern % 3 !== 0 : undefined;
        expect(selectLongest(matches, accepts)).toEqual(reference(matches, accepts));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the bundled patterns', () => {
  const matcher = new MentionMatcher(indexPatterns);
  const topicIds = (text: string) =>
    matcher.findMentions(normalize(text, fold)).mentions.map((m) => topics[m.topic]!.id);

  it.each([
    ['中方强调，台湾问题是中美关系中最重要的', ['taiwan-question', 'china-us-relations']],
    ['中方強調，臺灣問題是中美關係中最重要的', ['taiwan-question', 'china-us-relations']],
    ['中国加入世贸组织', ['wto']],
    ['中國加入世界貿易組織', ['wto']],
    ['《全面禁止核试验条约》', ['ctbt']],
    ['《飛彈及其技術控制制度》', ['mtcr']],
    ['資訊科技協定', ['information-technology-agreement']],
    ['the Missile Technology Control Regime (MTCR)', ['mtcr', 'mtcr']],
    ['the four-party talks on the Korean Peninsula', ['four-party-talks', 'korean-peninsula']],
    ['the UN Security Council and the U.N.', ['un-security-council', 'united-nations']],
    ['信息技术协议', ['information-technology-agreement']],
    ['信息技术', ['information-technology']],
  ])('%s', (text, expected) => {
    expect(topicIds(text)).toEqual(expected);
  });
});
