/**
 * Yuanwen on one page: scan for mentions and quotations, paint them, keep them
 * current, and show the card on hover, from the keyboard, or for a selection.
 * Started by the content script.
 */
import { h } from 'preact';
import { passagesForTopic } from '@/core/clauses';
import type { Alignment, StatementCore } from '@/core/align';
import { MentionMatcher, type Pattern } from '@/core/matcher';
import type { PageSummary, RevealTarget } from '@/core/messages';
import type { FoldTable } from '@/core/normalize';
import type { Settings } from '@/core/settings';
import type { Statement, Topic } from '@/core/types';
import { MentionCard } from '@/components/MentionCard';
import { QuoteCard } from '@/components/QuoteCard';
import { BlockScanner } from './block-scanner';
import { CardHost } from './card-host';
import { adoptHighlightStyles } from './highlight-styles';
import { HoverCard } from './hover-card';
import { MentionLayer, type Mention } from './mention-layer';
import { PageObserver } from './page-observer';
import { nextOfTopic, summarize } from './page-summary';
import { QuoteLayer, type Quote } from './quote-layer';
import { RelevanceGate } from './relevance-gate';
import { whenIdle } from './slices';
import type { TrustedInput } from './trusted-input';

const FIRST_MARKS = 'yuanwen:first-marks';

export interface PageData {
  statement: Statement;
  /** The statement prepared for aligning quotations, unpacked on first call. */
  statementIndex: () => StatementCore;
  topics: Topic[];
  patterns: Pattern[];
  fold: FoldTable;
}

export interface PageOptions {
  cardCss: string;
  /** Default styles of the highlights, adopted when the first mark is painted. */
  highlightCss: string;
  settings: Settings;
  input: TrustedInput;
  openReader: (paragraph: number) => void;
  /** Told how many quotations are altered or unmatched whenever scanning settles. */
  onQuoteCounts: (counts: { altered: number; unmatched: number }) => void;
  signal: AbortSignal;
}

/** What a card can be shown for: a mention, a quotation on the page, or a checked selection. */
export type CardSubject = Mention | (Pick<Quote, 'kind' | 'range' | 'text'> & { alignment: Alignment });

export interface YuanwenPage {
  scanner: BlockScanner;
  mentions: MentionLayer;
  quotes: QuoteLayer;
  card: HoverCard<CardSubject>;
  /**
   * Checks the text the context menu was opened on (the menu's own `selectionText`: the page may
   * have changed the live selection since) and shows the quote card beside it.
   */
  checkSelection(text: string): void;
  summary(): PageSummary;
  /** Scrolls to a topic's next mention or to a quotation and opens its card. */
  reveal(target: RevealTarget): boolean;
  ready: Promise<void>;
}

export function startYuanwenPage(data: PageData, options: PageOptions): YuanwenPage {
  const { signal, settings } = options;
  const host = new CardHost(options.cardCss);
  const gate = new RelevanceGate();
  const beforePaint = () => {
    adoptHighlightStyles(options.highlightCss);
    // For the benchmark's "time to first marks" (from the content script's `yuanwen:start`).
    if (settings.diagnostics && performance.getEntriesByName(FIRST_MARKS).length === 0) performance.mark(FIRST_MARKS);
  };
  const mentions = new MentionLayer(
    new MentionMatcher(data.patterns),
    data.topics,
    data.fold,
    gate,
    settings,
    signal,
    beforePaint,
  );
  const quotes = new QuoteLayer(data.statementIndex, data.fold, gate, signal, beforePaint);
  // With general topics always shown, every page counts as about China–US relations.
  if (settings.generalTopics === 'always') gate.open();
  const observer = new PageObserver({
    onChange: (changes) => void scanner.refresh(changes),
    ignore: (node) => host.contains(node),
    debounceMs: 50,
    maxWaitMs: 400,
    signal,
  });
  let lastCounts = '';
  const reportCounts = () => {
    const painted = quotes.registry.painted();
    const counts = {
      altered: painted.filter((q) => q.alignment.verdict === 'altered').length,
      unmatched: painted.filter((q) => q.alignment.verdict === 'unmatched').length,
    };
    if (JSON.stringify(counts) === lastCounts) return;
    lastCounts = JSON.stringify(counts);
    options.onQuoteCounts(counts);
  };
  const scanner = new BlockScanner(
    settings.quoteChecking ? [mentions, quotes] : [mentions],
    data.fold,
    () => host.element,
    signal,
    (shadow) => observer.observe(shadow),
    reportCounts,
    settings.diagnostics,
  );
  const card = new HoverCard<CardSubject>({
    host,
    input: options.input,
    // A mention inside a quotation wins where they overlap; the rest of the quotation shows its own card.
    itemsNear: (node) => [...mentions.registry.itemsNear(node), ...quotes.registry.itemsNear(node)],
    allItems: () => mentions.registry.painted(),
    shadowRoots: () => [...scanner.shadowRoots],
    renderCard: (subject, close) =>
      subject.kind === 'mention'
        ? h(MentionCard, {
            key: `${subject.topic.id}:${subject.text}`,
            topic: subject.topic,
            pageText: subject.text,
            passages: passagesForTopic(subject.topic, data.statement),
            onOpenReader: options.openReader,
            onClose: close,
          })
        : h(QuoteCard, {
            key: subject.text,
            quote: subject.text,
            alignment: subject.alignment,
            statement: data.statement,
            onOpenReader: options.openReader,
            onClose: close,
          }),
    openDelay: settings.cardDelay,
    closeDelay: 300,
    signal,
  });
  // Start once the page's own start-up work is done, so the first scan never competes with it.
  const ready = whenIdle(1000).then(() => {
    if (signal.aborted) return;
    observer.observe(document.documentElement);
    return scanner.scan([document.body ?? document.documentElement]);
  });

  const checkSelection = (menuText: string) => {
    const text = menuText.trim();
    if (!text) return;
    // The live selection only places the card, and only while it still holds the menu's text.
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const same = (a: string) => a.replace(/\s+/g, '') === text.replace(/\s+/g, '');
    const anchor =
      range && same(range.toString())
        ? new StaticRange(range)
        : new StaticRange({ startContainer: document.body, startOffset: 0, endContainer: document.body, endOffset: 0 });
    card.open(
      { kind: 'quote', range: anchor, text, alignment: quotes.checkText(text) },
      options.input.lastContextMenu,
      true,
    );
  };

  const summary = () => summarize(location.hostname, mentions.registry.painted(), quotes.registry.painted());
  const reveal = (target: RevealTarget): boolean => {
    const item =
      target.kind === 'topic'
        ? nextOfTopic(mentions.registry.painted(), target.id, card.current)
        : quotes.registry.painted()[target.index];
    if (!item) return false;
    card.reveal(item);
    return true;
  };

  return { scanner, mentions, quotes, card, checkSelection, summary, reveal, ready };
}
