/**
 * Property tests for the altered card: for statement sentences with a word
 * dropped, added or replaced inside the quotation (not at its edges: a shorter
 * exact quotation is verbatim), the original shown covers every word of the
 * stretch, the dropped ones included, and the page's words are shown exactly.
 * Numbers rewritten in figures stay verbatim.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignQuote } from './align';
import { coreOf, statementCore } from './statement-core';
import { numeralValue } from './numerals';
import { fold, statement } from '../data';

const index = statementCore(statement, fold);
const seed = 19971029;
const check = (text: string) => alignQuote(text, index, fold, { kind: 'quoted', attributed: true });

/** Sentences of the statement long enough to quote, without their final punctuation. */
const sentences = statement.paragraphs
  .flatMap((p) => p.sentences.map((s) => p.text.slice(s.start, s.end).replace(/[。！？；]$/u, '')))
  .filter((s) => coreOf(s, fold).core.length >= 16 && coreOf(s, fold).core.length <= 120);

/** Positions of ideographs in a text: where a word may be changed. */
const hanPositions = (text: string) => [...text].flatMap((c, i) => (/\p{Script=Han}/u.test(c) ? [i] : []));

/**
 * A sentence, and an ideograph position with at least `margin` ideographs on
 * either side of the change: near the start, in the middle, or near the end
 * (where the approximate search ties between readings).
 */
const interior = (margin: number, widest = 3) =>
  fc
    .constantFrom(...sentences)
    .chain((sentence) => {
      const positions = hanPositions(sentence);
      const last = positions.length - margin - widest;
      return fc.record({
        sentence: fc.constant(sentence),
        at: fc
          .oneof(
            fc.constant(margin),
            fc.integer({ min: margin, max: last }),
            fc.integer({ min: Math.max(margin, last - 1), max: last }),
          )
          .map((k) => positions[k]!),
        width: fc.integer({ min: 1, max: widest }),
      });
    })
    .filter(({ sentence, at, width }) => /^\p{Script=Han}+$/u.test(sentence.slice(at, at + width)));

/** Characters a page might add: common ones, so additions sometimes echo the statement's own words. */
const added = fc.string({ unit: fc.constantFrom(...'的和在了将是不有新并也要大'), minLength: 1, maxLength: 3 });

const core = (text: string) => coreOf(text, fold).core;
const pageLine = (text: string) =>
  check(text)
    .diff?.page.map((p) => p.text)
    .join('');

describe('the altered card, for any word changed inside a quotation', () => {
  it('a dropped word: the original covers it, the page is shown exactly', () => {
    fc.assert(
      fc.property(interior(2, 2), ({ sentence, at, width }) => {
        const page = sentence.slice(0, at) + sentence.slice(at + width);
        const result = check(page);
        if (result.verdict === 'verbatim') return; // the shorter text happens to occur elsewhere
        expect(result.verdict).toBe('altered');
        expect(core(result.original!)).toContain(core(sentence));
        expect(pageLine(page)).toBe(page);
      }),
      { seed, numRuns: 300 },
    );
  });
  it('an added word: the original is the whole stretch, the page is shown exactly', () => {
    fc.assert(
      fc.property(interior(2), added, ({ sentence, at }, words) => {
        const page = sentence.slice(0, at) + words + sentence.slice(at);
        const result = check(page);
        expect(result.verdict).toBe('altered');
        expect(core(result.original!)).toContain(core(sentence));
        expect(pageLine(page)).toBe(page);
      }),
      { seed, numRuns: 300 },
    );
  });
  it('a replaced word: the original holds the word replaced, the page is shown exactly', () => {
    fc.assert(
      fc.property(interior(2), added, ({ sentence, at, width }, words) => {
        const page = sentence.slice(0, at) + words + sentence.slice(at + width);
        fc.pre(core(page) !== core(sentence));
        const result = check(page);
        if (result.verdict === 'verbatim') return;
        expect(result.verdict).toBe('altered');
        expect(core(result.original!)).toContain(core(sentence));
        expect(pageLine(page)).toBe(page);
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe('numbers in figures', () => {
  const NUMERAL = /[〇零一二三四五六七八九十百千万亿]+/gu;
  const withNumbers = sentences.filter((s) => /[〇一二三四五六七八九十]{2,}|[二三四五六七八九]/u.test(s));
  const fullWidth = (figures: string) => figures.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  it('a sentence with its numerals written in figures (ASCII or full-width) is verbatim', () => {
    expect(withNumbers.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.constantFrom(...withNumbers), fc.boolean(), (sentence, wide) => {
        const page = sentence.replace(NUMERAL, (run) => (wide ? fullWidth(numeralValue(run)) : numeralValue(run)));
        expect(check(page).verdict).toBe('verbatim');
      }),
      { seed, numRuns: 200 },
    );
  });
});
