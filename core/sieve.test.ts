import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { MentionMatcher } from './matcher';
import { normalize } from './normalize';
import { TopicSieve } from './sieve';
import { chinaUsAnchors, fold, patterns, topics } from '../data';
import { sieveSource } from '../data/sieve';
import { nothingPage } from '../scripts/bench-load';

const sieve = new TopicSieve(sieveSource);
const specific = topics.filter((topic) => topic.kind === 'specific');
/** What the scanner could mark by itself: a specific topic, or an anchor (which lets the rest be marked). */
const marking = patterns.filter((p) => p.anchor || topics[p.topic]?.kind === 'specific');
const matcher = new MentionMatcher(marking);
const textOf = (html: string) => html.replace(/<[^>]*>/g, '');

describe('TopicSieve', () => {
  it('finds every specific topic and anchor as pages write them: simplified, traditional, English, acronyms', () => {
    const forms = [
      ...specific.flatMap((topic) => [...topic.zh, ...topic.abbr, ...topic.zht, ...topic.en]),
      ...chinaUsAnchors,
    ];
    expect(forms.length).toBeGreaterThan(150);
    for (const form of forms) expect(sieve.test(`据报道，${form}仍在讨论中。`), form).toBe(true);
  });

  it('reads through what folding ignores: zero-width characters, line breaks between Chinese characters, full width, case', () => {
    expect(sieve.test('双方就台\u200b湾\n问题交换了意见')).toBe(true);
    expect(sieve.test('台 灣 問 題')).toBe(true);
    expect(sieve.test('加入ＷＴＯ的谈判')).toBe(true);
    expect(sieve.test('the TAIWAN QUESTION came up')).toBe(true);
    expect(sieve.test('the U.S.\u2013China talks')).toBe(true);
  });

  it('says no for ordinary pages and for general topics alone', () => {
    expect(sieve.test(textOf(nothingPage('zh')))).toBe(false);
    expect(sieve.test(textOf(nothingPage('en')))).toBe(false);
    // General topics are marked only on pages about China–US relations, which needs an anchor or a specific topic.
    expect(sieve.test('联合国讨论了气候变化和人权问题，关税也上调了。')).toBe(false);
    expect(sieve.test(textOf(readFileSync('tests/fixtures/articles/unrelated-sports.html', 'utf8')))).toBe(false);
  });

  it('says yes wherever the matcher finds something to mark (1,000 generated texts)', () => {
    const pieces = [
      ...marking.map((p) => p.text),
      ...specific.flatMap((topic) => topic.zht),
      '的',
      '，',
      ' ',
      '\u200b',
      '\n',
      'a',
      'W',
      '-',
      '灣',
      '中',
    ];
    const cut = fc.tuple(fc.constantFrom(...pieces), fc.nat(), fc.nat());
    fc.assert(
      fc.property(fc.array(cut, { maxLength: 12 }), (parts) => {
        // Random slices of terms and neighbours, joined: terms cut, glued and interleaved.
        const text = parts
          .map(([piece, a, b]) => piece.slice(Math.min(a, b) % (piece.length + 1), Math.max(a, b) + 1))
          .join('');
        const found = matcher.findMentions(normalize(text, fold));
        if (found.mentions.length > 0 || found.anchor) expect(sieve.test(text), text).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
