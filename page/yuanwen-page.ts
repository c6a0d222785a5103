/**
 * Yuanwen on one page: scan for mentions and quotations, paint them, keep them
 * current, and show the card on hover, from the keyboard, or for a selection.
 * Started by the content script.
 */
import { h } from 'preact';
import { passagesForTopic } from '@/core/clauses';
import type { Alignment, Verdict } from '@/core/align';
import type { StatementCore } from '@/core/statement-core';
import { BoundaryRule, chineseWords } from '@/core/boundaries';
import { MAX_SELECTION_CHECK } from '@/core/quote-candidates';
import { MentionMatcher, type MatcherTables, type Pattern } from '@/core/matcher';
import type { PageChecks, PageSummary, RevealTarget } from '@/core/messages';
import type { FoldTable } from '@/core/normalize';
import type { Settings } from '@/core/settings';
import type { Renderings, Statement, Topic } from '@/core/types';
import type { CitationLanguage } from '@/core/cite';
import { problemsFirst, type RankedMark } from '@/core/cycle';
import type { ShownRenderings } from '@/core/renderings';
import { MentionCard } from '@/components/MentionCard';
import { QuoteCard } from '@/components/QuoteCard';
import { t } from '@/components/i18n';
import { BlockScanner } from './block-scanner';
import { CardHost } from './card-host';
import { CurrentMark } from './current-mark';
import { rangeContainsCaret } from './hit-test';
import { adoptHighlightStyles } from './highlight-styles';
import { HoverCard } from './hover-card';
import { MentionLayer, type Mention } from './mention-layer';
import { PageObserver } from './page-observer';
import { checksOf, nextOfTopic, summarize } from './page-summary';
import { PaintWindow } from './paint-window';
import { QuoteLayer, type Quote } from './quote-layer';
import { SegmentRequests, type AskSegmenter } from './segment-requests';
import { RelevanceGate } from './relevance-gate';
import { isShown, Visibility } from './visibility';
import type { TrustedInput } from './trusted-input';

const FIRST_MARKS = 'yuanwen:first-marks';

export interface PageData {
  statement: Statement;
  /** The statement prepared for aligning quotations, unpacked on first call. */
  statementIndex: () => StatementCore;
  topics: Topic[];
  patterns: Pattern[];
  /** The matcher's automaton over `patterns`, built at build time (building it here costs a page ~20 ms). */
  matcherTables: MatcherTables;
  fold: FoldTable;
  /** Yuanwen's English and the traditional-script text, shown beside the source as `PageOptions.shown` says. */
  renderings: Renderings;
}

export interface PageOptions {
  cardCss: string;
  /** Default styles of the highlights, adopted when the first mark is painted. */
  highlightCss: string;
  settings: Settings;
  input: TrustedInput;
  /** Which renderings the reader gets beside the source text (after the interface language and settings). */
  shown: ShownRenderings;
  /** The citations' language (the interface's). */
  citationLanguage: CitationLanguage;
  openReader: (paragraph: number) => void;
  /** Told how many quotations are altered or unmatched whenever scanning settles. */
  onQuoteCounts: (counts: { altered: number; unmatched: number }) => void;
  /** Told whenever scanning settles or a quotation is judged again (the side panel's checks may have changed). */
  onSettled?: () => void;
  /** The cards' "Check the whole page": opens the side panel. */
  openPanel?: () => void;
  /** Asks the background's word segmenter (see page/segment-requests.ts); without it the page makes its own. */
  askSegmenter?: AskSegmenter;
  signal: AbortSignal;
}

/** What a card can be shown for: a mention, a quotation on the page, or a checked selection. */
export type CardSubject = Mention | Quote | (Pick<Quote, 'kind' | 'range' | 'text'> & { alignment: Alignment });

function isPageQuote(subject: CardSubject | ReturnType<QuoteLayer['recheck']>): subject is Quote {
  return subject.kind === 'quote' && 'seenRange' in subject;
}

/** Where a mark stands in the keyboard's cycle. */
function rankOf(subject: Mention | Quote): RankedMark {
  return subject.kind === 'mention'
    ? { kind: 'mention' }
    : { kind: 'quote', verdict: subject.alignment.verdict, form: subject.form };
}

/** The verdict in words, as the quote card names it. */
function verdictLabel(verdict: Verdict, form: Quote['form']): string {
  const keys = {
    verbatim: form === 'passage' ? 'passageVerbatim' : 'quoteVerbatim',
    altered: form === 'passage' ? 'passageAltered' : 'quoteAltered',
    unmatched: 'quoteUnmatched',
  } as const;
  return t(keys[verdict]);
}

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
  /** Every check on the page in full, for the side panel. */
  checks(): PageChecks;
  /** Scrolls to a topic's next mention or to a quotation and opens its card. */
  reveal(target: RevealTarget): boolean;
  ready: Promise<void>;
}

export function startYuanwenPage(data: PageData, options: PageOptions): YuanwenPage {
  const { signal, settings } = options;
  const host = new CardHost(options.cardCss);
  const gate = new RelevanceGate();
  const visibility = new Visibility();
  const beforePaint = () => {
    adoptHighlightStyles(options.highlightCss);
    // For the benchmark's "time to first marks" (from the content script's `yuanwen:start`).
    if (settings.diagnostics && performance.getEntriesByName(FIRST_MARKS).length === 0) performance.mark(FIRST_MARKS);
  };
  const { askSegmenter } = options;
  const segments =
    askSegmenter &&
    new SegmentRequests(
      data.fold,
      askSegmenter,
      chineseWords,
      (blocks) => void scanner.rescan(blocks, mentions),
      signal,
    );
  const matcher = new MentionMatcher(
    data.patterns,
    segments?.rule ?? new BoundaryRule(data.fold, chineseWords),
    data.matcherTables,
  );
  // A busy page with many marks keeps only those near the viewport registered (see PaintWindow).
  const paintWindow = new PaintWindow(signal);
  const mentions = new MentionLayer(
    matcher,
    data.topics,
    data.fold,
    gate,
    settings,
    signal,
    visibility,
    beforePaint,
    paintWindow,
    (block) => segments?.matching(block),
  );
  const quotes = new QuoteLayer(data.statementIndex, data.fold, gate, signal, visibility, beforePaint, paintWindow);
  // With general topics always shown, every page counts as about China–US relations.
  if (settings.generalTopics === 'always') gate.open();
  // A document switched to editing (designMode) belongs to the user: no mark stays in it.
  let editing = false;
  const checkDesignMode = () => {
    const on = document.designMode === 'on';
    if (on === editing) return on;
    editing = on;
    if (on) scanner.forgetAll();
    else if (document.body) void scanner.scan([document.body]);
    return on;
  };
  for (const type of ['focusin', 'selectionchange', 'beforeinput']) {
    document.addEventListener(type, checkDesignMode, { capture: true, passive: true, signal });
  }
  const observer = new PageObserver({
    onChange: (changes) => {
      paintWindow.pageChanged();
      if (!checkDesignMode()) void scanner.refresh(changes);
    },
    ignore: (node) => host.contains(node),
    watchStyle: () => visibility.waiting,
    attributeTargets: settings.quoteChecking ? (element) => quotes.blocksTouchedBy(element) : undefined,
    debounceMs: 50,
    maxWaitMs: 400,
    signal,
  });
  let lastCounts = '';
  const reportCounts = () => {
    options.onSettled?.();
    // Reproduced passages are not misquotations: only quotations count.
    const painted = quotes.registry.painted().filter((q) => q.form === 'quoted');
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
    visibility,
    settings.diagnostics,
  );
  // What the reader can see now: text hidden after it was marked is not counted or visited.
  const shown = <T extends { range: StaticRange }>(items: T[]) =>
    items.filter((item) => item.range.startContainer.parentElement && isShown(item.range.startContainer.parentElement));
  const current = new CurrentMark(signal, beforePaint);
  const beside = { renderings: data.renderings, shown: options.shown };
  const { citationLanguage } = options;
  const card = new HoverCard<CardSubject>({
    host,
    input: options.input,
    // A mention inside a quotation wins where they overlap; the rest of the quotation shows its own card.
    itemsNear: (node) => [...mentions.registry.itemsNear(node), ...quotes.registry.itemsNear(node)],
    // The keyboard's cycle: problems first, then the other quotations, then topics (core/cycle.ts).
    allItems: () => problemsFirst([...shown(quotes.registry.painted()), ...shown(mentions.registry.painted())], rankOf),
    shadowRoots: () => [...scanner.shadowRoots],
    onShown: (subject) =>
      current.show(subject && (subject.kind === 'mention' || isPageQuote(subject)) ? subject.range : null),
    renderCard: (subject, close, actions) => {
      if (subject.kind === 'mention') {
        const quote = enclosingQuote(subject);
        return h(MentionCard, {
          key: `${subject.topic.id}:${subject.text}`,
          topic: subject.topic,
          pageText: subject.text,
          passages: passagesForTopic(subject.topic, data.statement),
          onOpenReader: options.openReader,
          onClose: close,
          onCheckPage: options.openPanel,
          beside: { ...beside, statement: data.statement },
          citationLanguage,
          actions,
          inQuote: quote && {
            verdict: verdictLabel(quote.alignment.verdict, quote.form),
            onShow: () => card.open(quote, null, true),
          },
        });
      }
      // A quotation on the page is read again: the page may have changed what the reader sees.
      const quote = isPageQuote(subject) ? quotes.recheck(subject) : subject;
      if (isPageQuote(subject)) reportCounts();
      return h(QuoteCard, {
        key: `${quote.text}:${quote.alignment.verdict}`,
        quote: quote.text,
        alignment: quote.alignment,
        form: isPageQuote(quote) ? quote.form : 'quoted',
        view: isPageQuote(quote) ? quote.view : undefined,
        topics: isPageQuote(quote) ? topicsInside(quote) : [],
        statement: data.statement,
        onOpenReader: options.openReader,
        onCheckPage: options.openPanel,
        onClose: close,
        beside,
        citationLanguage,
        actions,
      });
    },
    openDelay: settings.cardDelay,
    closeDelay: 300,
    signal,
  });
  // The first stage started at document_idle and found something to mark: the page's start-up is
  // over, so the scan starts at once (in slices behind the page's own tasks; see slices.ts).
  const ready = Promise.resolve().then(() => {
    if (signal.aborted) return;
    if (settings.diagnostics) performance.mark('yuanwen:scan-start');
    observer.observe(document.documentElement);
    return document.body ? scanner.scan([document.body]) : undefined;
  });

  /** The checked quotation a mention sits in, if any. */
  const enclosingQuote = (mention: Mention): Quote | undefined => {
    const node = mention.range.startContainer;
    if (node.nodeType !== Node.TEXT_NODE) return undefined;
    return quotes.registry
      .itemsNear(node as Text)
      .find((quote) => rangeContainsCaret(quote.range, node, mention.range.startOffset));
  };
  /** Names of the topics marked inside a quotation. */
  const topicsInside = (quote: Quote): string[] => {
    const node = quote.range.startContainer;
    if (node.nodeType !== Node.TEXT_NODE) return [];
    const names = mentions.registry
      .itemsNear(node as Text)
      .filter((mention) => rangeContainsCaret(quote.range, mention.range.startContainer, mention.range.startOffset))
      .map((mention) => mention.topic.zh[0]!);
    return [...new Set(names)];
  };

  const checkSelection = (menuText: string) => {
    // Cut before anything else reads it (the background cuts too): see MAX_SELECTION_CHECK.
    const cut = menuText.length > MAX_SELECTION_CHECK;
    const text = menuText.slice(0, MAX_SELECTION_CHECK).trim();
    if (!text) return;
    // The live selection only places the card, and only while it still holds the menu's text (a cut
    // text is not compared: reading a huge selection back is the cost being avoided).
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const same = (a: string) => a.replace(/\s+/g, '') === text.replace(/\s+/g, '');
    const top = document.body ?? document.documentElement;
    const anchor =
      range && (cut || same(range.toString()))
        ? new StaticRange(range)
        : new StaticRange({ startContainer: top, startOffset: 0, endContainer: top, endOffset: 0 });
    card.open(
      { kind: 'quote', range: anchor, text, alignment: quotes.checkText(text) },
      options.input.lastContextMenu,
      true,
    );
  };

  const summary = () =>
    summarize(location.hostname, shown(mentions.registry.painted()), shown(quotes.registry.painted()));
  const checks = (): PageChecks => {
    const { hostname, topics } = summary();
    return {
      title: document.title,
      url: location.href,
      hostname,
      topics,
      checks: checksOf(shown(quotes.registry.painted())),
    };
  };
  /** The quotation at an index, unless the page changed since and it now holds other words. */
  const quoteAt = (index: number, text?: string): Quote | undefined => {
    const all = shown(quotes.registry.painted());
    const at = all[index];
    return text === undefined || at?.text === text ? at : all.find((quote) => quote.text === text);
  };
  const reveal = (target: RevealTarget): boolean => {
    const item =
      target.kind === 'topic'
        ? nextOfTopic(shown(mentions.registry.painted()), target.id, card.current)
        : quoteAt(target.index, target.text);
    if (!item) return false;
    card.reveal(item);
    return true;
  };

  return { scanner, mentions, quotes, card, checkSelection, summary, checks, reveal, ready };
}
