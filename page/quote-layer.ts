/**
 * Quotations of the statement: candidates per block, each aligned in its own
 * unit of work, painted by verdict as `yuanwen-quote-verbatim`, `-altered`,
 * `-unmatched`. Held back, like general topics, until the page is about
 * China–US relations.
 */
import { alignQuote, type Alignment, type ReaderView } from '@/core/align';
import { trigramStatsOf, type StatementCore } from '@/core/statement-core';
import type { FoldTable } from '@/core/normalize';
import { findQuoteCandidates, MIN_PASSAGE_BLOCK, type QuoteCandidate, OPENING_QUOTE } from '@/core/quote-candidates';
import type { BlockFeature } from './block-scanner';
import { ItemRegistry } from './item-registry';
import { hasBidiControls, reorderedFrom, seenText } from './reader-view';
import type { RelevanceGate } from './relevance-gate';
import { liveRange } from './hit-test';
import type { PaintWindow } from './paint-window';
import { rangeIn, type TextBlock } from './text-blocks';
import { Visibility } from './visibility';

export const QUOTE_HIGHLIGHTS = {
  verbatim: 'yuanwen-quote-verbatim',
  altered: 'yuanwen-quote-altered',
  unmatched: 'yuanwen-quote-unmatched',
} as const;

export interface Quote {
  kind: 'quote';
  range: StaticRange;
  /** The quotation with its quotation marks: read again, as the reader sees it, when its card opens. */
  seenRange: StaticRange;
  block: Element;
  /** The quotation as the reader reads it on the page. */
  text: string;
  /** In quotation marks, or a passage reproduced without them (which does not count as a misquotation). */
  form: 'quoted' | 'passage';
  attributed: boolean;
  view: ReaderView;
  alignment: Alignment & { verdict: NonNullable<Alignment['verdict']> };
}

/** A quotation judged: what the reader reads, and its alignment. */
type Judged = Pick<Quote, 'text' | 'view'> & { alignment: Alignment };

/** A block reproducing a very long text is checked sentence by sentence, up to this many… */
const MAX_CANDIDATES_PER_BLOCK = 300;
/** …within its first characters: finding candidates in a multi-megabyte text node would be a long task. */
const MAX_QUOTE_SCAN_CHARS = 60_000;
/**
 * Twelve three-character runs in a row: fourteen characters exactly as in the statement — longer
 * than most topic names, so a paragraph that merely names a treaty is not taken for a reproduction.
 */
const MIN_SHARED_RUN = 12;

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
  /** Blocks that hold quotation candidates: a change of style there may change what a reader reads. */
  private readonly checkedBlocks = new Set<Element>();
  /** Whether an element's text is shown reordered, asked once per block scan. */
  private reorderedParents = new WeakMap<Element, boolean>();
  constructor(
    /** The statement prepared for alignment (at build time), unpacked when first needed. */
    private readonly statementIndex: () => StatementCore,
    private readonly fold: FoldTable,
    gate: RelevanceGate,
    signal: AbortSignal,
    visibility = new Visibility(),
    beforePaint?: () => void,
    paintWindow?: PaintWindow,
  ) {
    this.registry = new ItemRegistry<Quote>(
      Object.values(QUOTE_HIGHLIGHTS),
      (quote) => [QUOTE_HIGHLIGHTS[quote.alignment.verdict]],
      () => gate.isOpen,
      signal,
      visibility,
      beforePaint,
      paintWindow,
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
    const candidates = findQuoteCandidates(text()).slice(0, MAX_CANDIDATES_PER_BLOCK);
    if (candidates.length > 0) this.checkedBlocks.add(block.element);
    for (const candidate of candidates) later.push(() => this.check(block, candidate));
  }

  /** Aligns one candidate and registers it if it has a verdict. */
  private check(block: TextBlock, candidate: QuoteCandidate): void {
    const quoted = candidate.kind === 'quoted';
    // The quotation marks are included: generated text just inside them is part of the quotation.
    const seenRange = quoted
      ? rangeIn(block, candidate.start - 1, candidate.end + 1)
      : rangeIn(block, candidate.start, candidate.end);
    const domText = block.text.slice(candidate.start, candidate.end);
    const judged = this.judge(block.element, seenRange, candidate, domText);
    if (!judged.alignment.verdict) return;
    this.registry.add([
      {
        kind: 'quote',
        range: rangeIn(block, candidate.start, candidate.end),
        seenRange,
        block: block.element,
        form: candidate.kind,
        attributed: candidate.attributed,
        ...judged,
        alignment: judged.alignment as Quote['alignment'],
      },
    ]);
  }

  /**
   * Judges a quotation on what the reader reads. Its DOM text is aligned first;
   * the seen text is read when that gives a verdict, or when the quotation spans
   * several nodes (where hidden or generated text can sit): a quotation the
   * page shows differently from its DOM text is never verbatim on the DOM text.
   */
  private judge(
    blockElement: Element,
    seenRange: StaticRange,
    candidate: Pick<QuoteCandidate, 'kind' | 'attributed'>,
    domText: string,
    /** Read everything again (a card opening), trusting nothing from the scan. */
    fresh = false,
  ): Judged {
    const align = (text: string) => alignQuote(text, this.statementIndex(), this.fold, candidate);
    const plain: ReaderView = { reordered: false, differsFromText: false };
    const first = align(domText);
    const node = seenRange.startContainer;
    if (!fresh && node === seenRange.endContainer) {
      // One text node (the scan's common case): nothing can be hidden or inserted inside it,
      // only its order changed (asked once per element: a reproduced archive has hundreds of passages).
      if (!first.verdict) return { text: domText, view: plain, alignment: first };
      const parent = node.parentElement;
      let reordered = parent ? this.reorderedParents.get(parent) : false;
      if (reordered === undefined && parent) this.reorderedParents.set(parent, (reordered = reorderedFrom(parent)));
      reordered ||= hasBidiControls(domText);
      if (!reordered) return { text: domText, view: plain, alignment: first };
    }
    const seen = seenText(blockElement, seenRange);
    let text = seen.text;
    if (candidate.kind === 'quoted') {
      const open = seenRange.startContainer.textContent?.[seenRange.startOffset];
      const close = seenRange.endContainer.textContent?.[seenRange.endOffset - 1];
      if (open && text.startsWith(open)) text = text.slice(open.length);
      if (close && text.endsWith(close)) text = text.slice(0, -close.length);
    }
    const view: ReaderView = { reordered: seen.reordered, differsFromText: seen.differs };
    const alignment = text === domText ? first : align(text);
    // Characters shown in another order than written are not the statement's words as read.
    if (seen.reordered && alignment.verdict === 'verbatim')
      return { text, view, alignment: { ...alignment, verdict: 'altered' } };
    return { text, view, alignment };
  }

  /**
   * Judges a quotation again, in place (its card is opening: the page may have
   * changed what the reader sees since the scan), and repaints it. Without a
   * verdict any more it is unmarked, and the card says so.
   */
  recheck(quote: Quote): Quote | (Omit<Quote, 'alignment'> & { alignment: Alignment }) {
    const { startContainer, startOffset, endContainer, endOffset } = quote.seenRange;
    const stale =
      !startContainer.isConnected ||
      !endContainer.isConnected ||
      startOffset > (startContainer.textContent?.length ?? 0) ||
      endOffset > (endContainer.textContent?.length ?? 0);
    if (stale) return quote;
    const domText = liveRange(quote.range)?.toString() ?? quote.text;
    const judged = this.judge(
      quote.block,
      quote.seenRange,
      { kind: quote.form, attributed: quote.attributed },
      domText,
      true,
    );
    let kept = true;
    this.registry.update(quote, () => {
      kept = judged.alignment.verdict !== null;
      if (kept) Object.assign(quote, judged);
      return kept;
    });
    return kept ? quote : { ...quote, ...judged };
  }

  /** Blocks with quotations that a change of `class`, `style` or `hidden` on `element` may affect. */
  blocksTouchedBy(element: Element): Element[] {
    const touched: Element[] = [];
    for (const block of this.checkedBlocks) {
      if (!block.isConnected) this.checkedBlocks.delete(block);
      else if (block === element || block.contains(element) || element.contains(block)) touched.push(block);
    }
    return touched;
  }

  /** Checks any text on request (the context menu): no gate, no attribution needed. */
  checkText(text: string): Alignment {
    return alignQuote(text, this.statementIndex(), this.fold, { kind: 'quoted', attributed: true, onDemand: true });
  }

  forgetBlock(element: Element): void {
    this.checkedBlocks.delete(element);
    this.reorderedParents = new WeakMap();
    this.registry.forgetBlock(element);
  }

  flush(): boolean {
    return this.registry.flush();
  }
}
