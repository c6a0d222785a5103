/**
 * Property tests on random Unicode (surrogate pairs, combining marks, RTL text,
 * zero-width characters): nothing throws, offsets stay inside the original, and
 * verdicts are stable. Case counts are fixed so runs are comparable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignQuote } from './align';
import { statementCore } from './statement-core';
import { MentionMatcher } from './matcher';
import { normalize, sourceRange, TextFolder } from './normalize';
import { findQuoteCandidates } from './quote-candidates';
import { fold, patterns, statement, topics } from '../data';

const matcher = new MentionMatcher(patterns);
const index = statementCore(statement, fold);
const seed = 19971029;

/** Text that mixes statement terms with hostile Unicode. */
const pieces = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }), // lone surrogates too
  fc.constantFrom('\u200b', '\u00ad', '\u202e', '\u0301', '\ufeff', '　', '\n', 'שלום', 'مرحبا', '𠀋', '🇨🇳', 'é'),
  fc.constantFrom(...topics.flatMap((t) => [...t.zh, ...t.zht, ...t.en]).slice(0, 400)),
);
const hostileText = fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join(''));

export const FUZZ_RUNS = {
  normalize: 2000,
  pieces: 1000,
  matcher: 2000,
  candidates: 1000,
  aligner: 500,
  verbatim: 500,
};

describe('fuzzing', () => {
  it('folds text given in pieces (text nodes) exactly as the pieces joined', () => {
    const folder = new TextFolder(fold, 4);
    // Pieces that end or begin mid-pair, mid-whitespace or empty, among hostile ones.
    const edges = fc.constantFrom('\ud840', '\udc0b', ' ', '\n', '\u200b', '', '台', 'a');
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileText, edges), { maxLength: 8 }), (parts) => {
        folder.reset();
        for (const part of parts) folder.append(part);
        folder.finish();
        const whole = normalize(parts.join(''), fold);
        expect(folder.length).toBe(whole.length);
        expect(folder.text).toBe(whole.text);
        expect(folder.source).toBe(whole.source);
        expect([...folder.starts.subarray(0, folder.length)]).toEqual([...whole.starts]);
        expect([...folder.ends.subarray(0, folder.length)]).toEqual([...whole.ends]);
      }),
      { numRuns: FUZZ_RUNS.pieces, seed },
    );
  });

  it('normalize never throws and maps every folded unit inside the original', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const n = normalize(text, fold);
        expect(n.starts.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]).toBeLessThan(n.ends[i]!);
          expect(n.ends[i]).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1]!);
        }
        const [from, to] = sourceRange(n, 0, n.text.length);
        expect(0 <= from && from <= to && to <= text.length).toBe(true);
      }),
      { numRuns: FUZZ_RUNS.normalize, seed },
    );
  });

  it('the matcher never throws; mentions are inside the text, ordered and never overlap', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { mentions } = matcher.findMentions(normalize(text, fold));
        let end = 0;
        for (const mention of mentions) {
          expect(mention.start).toBeGreaterThanOrEqual(end);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          expect(topics[mention.topic]).toBeDefined();
          end = mention.end;
        }
      }),
      { numRuns: FUZZ_RUNS.matcher, seed },
    );
  });

  it('quote candidates stay inside the block', () => {
    const quoted = fc
      .tuple(hostileText, fc.constantFrom('“”', '「」', '『』', '""', '‘’'), hostileText, hostileText)
      .map(([before, marks, inside, after]) => `${before}${marks[0]}${inside}${marks[1]}${after}`);
    fc.assert(
      fc.property(quoted, (text) => {
        for (const candidate of findQuoteCandidates(text)) {
          expect(0 <= candidate.start && candidate.start < candidate.end && candidate.end <= text.length).toBe(true);
        }
      }),
      { numRuns: FUZZ_RUNS.candidates, seed },
    );
  });

  it('the aligner never throws, and its verdict does not depend on surrounding spaces and punctuation', () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, attributed) => {
        const options = { kind: 'quoted' as const, attributed };
        const verdict = alignQuote(text, index, fold, options).verdict;
        expect([null, 'verbatim', 'altered', 'unmatched']).toContain(verdict);
        expect(alignQuote(` ${text}。 `, index, fold, options).verdict).toBe(verdict);
      }),
      { numRuns: FUZZ_RUNS.aligner, seed },
    );
  });

  it('any stretch of the statement, in either script, is verbatim', () => {
    const stretch = fc
      .tuple(fc.integer({ min: 0, max: statement.paragraphs.length - 1 }), fc.nat(), fc.integer({ min: 10, max: 60 }))
      .map(([p, start, length]) => {
        const text = statement.paragraphs[p]!.text;
        const from = start % Math.max(1, text.length - length);
        return text.slice(from, from + length);
      })
      .filter((text) => text.replace(/[^\p{Script=Han}]/gu, '').length >= 10);
    fc.assert(
      fc.property(stretch, (text) => {
        expect(alignQuote(text, index, fold, { kind: 'quoted', attributed: false }).verdict).toBe('verbatim');
      }),
      { numRuns: FUZZ_RUNS.verbatim, seed },
    );
  });
});
