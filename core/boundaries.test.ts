import { describe, expect, it } from 'vitest';
import { fold, patterns } from '../data';
import {
  BoundaryRule,
  gluedWords,
  insideLongerName,
  MAX_WINDOW,
  straddlingIn,
  straddlingWords,
  windowKey,
  type SegmentationWindow,
  type Segmenter,
} from './boundaries';
import { MentionMatcher } from './matcher';
import { BOUNDARY_TABLE } from './boundaries.table';
import { normalize } from './normalize';

// Node's ICU segments Chinese exactly as Chromium's does on the table's sentences (compared in
// tests/e2e/precision.spec.ts), so the real segmenter is used here.
const zh = new Intl.Segmenter('zh', { granularity: 'word' });
const segment: Segmenter = (text) => zh.segment(text);
const matcher = new MentionMatcher(patterns, new BoundaryRule(fold, () => segment));

/** What the matcher marks in a sentence (as written), and whether an anchor opens the gate. */
function marks(text: string): { terms: string[]; anchor: boolean } {
  const result = matcher.findMentions(normalize(text, fold));
  return { terms: result.mentions.map((m) => text.slice(m.start, m.end)), anchor: result.anchor };
}

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

describe('a segmenter asked elsewhere (the background)', () => {
  it('turns a match down until the answer is in, then decides exactly as a segmenter made on the spot', () => {
    const asked = new Map<string, SegmentationWindow>();
    const rule = new BoundaryRule(fold, {
      ask: (around) => (asked.set(windowKey(around), around), null),
    });
    const deferred = new MentionMatcher(patterns, rule);
    const texts = BOUNDARY_TABLE.map(([text]) => text);
    const find = (text: string) => deferred.findMentions(normalize(text, fold));
    texts.forEach(find);
    expect(asked.size).toBeGreaterThan(5);
    for (const around of asked.values()) {
      expect(around.text.length).toBeLessThanOrEqual(MAX_WINDOW);
      rule.learn(around, straddlingIn(around, segment));
    }
    asked.clear();
    for (const text of texts) expect(find(text), text).toEqual(matcher.findMentions(normalize(text, fold)));
    // Answered windows are not asked again.
    expect(asked.size).toBe(0);
  });

  it('marks nothing a segmenter would have to decide while the answer is out, and takes answers given at once', () => {
    const waiting = new BoundaryRule(fold, { ask: () => null });
    expect(new MentionMatcher(patterns, waiting).findMentions(normalize('保护个人权利', fold)).mentions).toEqual([]);
    expect(
      new MentionMatcher(patterns, waiting).findMentions(normalize('《中东》，“人权”。', fold)).mentions,
    ).toHaveLength(2);
    const atOnce = new BoundaryRule(fold, { ask: (around) => straddlingIn(around, segment) });
    for (const [text] of BOUNDARY_TABLE) {
      const source = normalize(text, fold);
      expect(new MentionMatcher(patterns, atOnce).findMentions(source), text).toEqual(matcher.findMentions(source));
    }
  });
});
