/**
 * Quotations of the statement: candidates per block, each aligned in its own
 * unit of work, painted by verdict as `yuanwen-quote-verbatim`, `-altered`,
 * `-unmatched`. Held back, like general topics, until the page is about
 * China–US relations.
 */
import { alignQuote, trigramStatsOf, type Alignment, type StatementCore } from '@/core/align';
import type { FoldTable } from '@/core/normalize';
import { findQuoteCandidates, MIN_PASSAGE_BLOCK, type QuoteCandidate } from '@/core/quote-candidates';
import type { BlockFeature } from './block-scanner';
import { ItemRegistry } from './item-registry';
import type { RelevanceGate } from './relevance-gate';
import { rangeIn, type TextBlock } from './text-blocks';

export const QUOTE_HIGHLIGHTS = {
  verbatim: 'yuanwen-quote-verbatim',
  altered: 'yuanwen-quote-altered',
  unmatched: 'yuanwen-quote-unmatched',
} as const;

export interface Quote {
  kind: 'quote';
  range: StaticRange;
  block: Element;
  /** The quotation as the page writes it. */
  text: string;
  alignment: Alignment & { verdict: NonNullable<Alignment['verdict']> };
}

/** A block reproducing a very long text is checked sentence by sentence, up to this many… */
const MAX_CANDIDATES_PER_BLOCK = 300;
/** …within its first characters: finding candidates in a multi-megabyte text node would be a long task. */
const MAX_QUOTE_SCAN_CHARS = 60_000;
/**
 * Twelve three-character runs in a row: fourteen characters exactly as in the statement — longer
 * than most topic names, so a paragraph that merely names a treaty is not taken for a reproduction.
 */
const MIN_SHARED_RUN = 12;
/** The opening marks `findQuoteCandidates` pairs. */
const OPENING_QUOTE = /[“「『‘"＂〝﹁﹃]/u;

const QUOTE_LIKE = 1;
const SENTENCE_END = 2;
/** Folded code units an opening quotation mark may fold to, and sentence ends (。 ！ ？ fold to ! ?). */
const MARKS = new Uint8Array(65536);
for (const char of '"\'「『﹁﹃') MARKS[char.charCodeAt(0)] = QUOTE_LIKE;
for (const char of '。!?') MARKS[char.charCodeAt(0)] = SENTENCE_END;

/** QUOTE_LIKE and SENTENCE_END, for the marks among the first `length` code units. */
function marksIn(codes: Uint16Array, length: number): number {
  let marks = 0;
  for (let i = 0; i < length; i++) marks |= MARKS[codes[i]!]!;
  return marks;
}

export class QuoteLayer implements BlockFeature {
  readonly registry: ItemRegistry<Quote>;
  constructor(
    /** The statement prepared for alignment (at build time), unpacked when first needed. */
    private readonly statementIndex: () => StatementCore,
    private readonly fold: FoldTable,
    gate: RelevanceGate,
    signal: AbortSignal,
    beforePaint?: () => void,
  ) {
    this.registry = new ItemRegistry<Quote>(
      Object.values(QUOTE_HIGHLIGHTS),
      (quote) => [QUOTE_HIGHLIGHTS[quote.alignment.verdict]],
      () => gate.isOpen,
      signal,
      beforePaint,
    );
    gate.onOpen(() => this.registry.release());
  }

  scanBlock(block: TextBlock, later: (() => void)[]): void {
    // A look at the folded text first: most blocks have no quotation mark and share nothing with the statement.
    const { codes } = block.folded;
    const length = Math.min(block.folded.length, MAX_QUOTE_SCAN_CHARS);
    const marks = marksIn(codes, length);
    if (!marks) return;
    const text = () => (block.length > MAX_QUOTE_SCAN_CHARS ? block.text.slice(0, MAX_QUOTE_SCAN_CHARS) : block.text);
    const quoted = (marks & QUOTE_LIKE) !== 0 && OPENING_QUOTE.test(text());
    if (!quoted) {
      // Without quotation marks a block can only reproduce the statement: then it is long enough
      // to hold a passage, and shares an unbroken stretch of words with it. Most blocks fail at once.
      if (block.folded.length < MIN_PASSAGE_BLOCK) return;
      if (trigramStatsOf(codes, length, this.statementIndex()).longestRun < MIN_SHARED_RUN) return;
    }
    for (const candidate of findQuoteCandidates(text()).slice(0, MAX_CANDIDATES_PER_BLOCK)) {
      later.push(() => this.check(block, candidate));
    }
  }

  /** Aligns one candidate and registers it if it has a verdict. */
  private check(block: TextBlock, candidate: QuoteCandidate): void {
    const text = block.text.slice(candidate.start, candidate.end);
    const alignment = alignQuote(text, this.statementIndex(), this.fold, candidate);
    if (!alignment.verdict) return;
    this.registry.add([
      {
        kind: 'quote',
        range: rangeIn(block, candidate.start, candidate.end),
        block: block.element,
        text,
        alignment: alignment as Quote['alignment'],
      },
    ]);
  }

  /** Checks any text on request (the context menu): no gate, no attribution needed. */
  checkText(text: string): Alignment {
    return alignQuote(text, this.statementIndex(), this.fold, { kind: 'quoted', attributed: true, onDemand: true });
  }

  forgetBlock(element: Element): void {
    this.registry.forgetBlock(element);
  }

  flush(): void {
    this.registry.flush();
  }
}
