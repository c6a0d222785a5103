/**
 * Yuanwen on one page: scan for mentions, paint them, keep them current, and
 * show the card on hover or from the keyboard. Started by the content script.
 */
import { h } from 'preact';
import { passagesForTopic } from '@/core/clauses';
import { MentionMatcher } from '@/core/matcher';
import type { FoldTable } from '@/core/normalize';
import type { Pattern } from '@/core/matcher';
import type { Statement, Topic } from '@/core/types';
import { MentionCard } from '@/components/MentionCard';
import { CardHost } from './card-host';
import { HoverCard } from './hover-card';
import { MentionScanner, type Mention } from './mention-scanner';
import { PageObserver } from './page-observer';

export interface PageData {
  statement: Statement;
  topics: Topic[];
  patterns: Pattern[];
  fold: FoldTable;
}

export interface PageOptions {
  cardCss: string;
  openReader: (paragraph: number) => void;
  signal: AbortSignal;
}

export interface YuanwenPage {
  scanner: MentionScanner;
  card: HoverCard<Mention>;
  ready: Promise<void>;
}

export function startYuanwenPage(data: PageData, options: PageOptions): YuanwenPage {
  const { signal } = options;
  const host = new CardHost(options.cardCss);
  const observer = new PageObserver({
    onChange: (nodes) => void scanner.refresh(nodes),
    ignore: (node) => host.contains(node),
    debounceMs: 50,
    maxWaitMs: 400,
    signal,
  });
  const scanner = new MentionScanner(
    new MentionMatcher(data.patterns),
    data.topics,
    data.fold,
    () => host.element,
    signal,
    (shadow) => observer.observe(shadow),
  );
  const card = new HoverCard<Mention>({
    host,
    itemsIn: (node) => scanner.mentionsIn(node),
    allItems: () => scanner.paintedMentions(),
    shadowRoots: () => [...scanner.shadowRoots],
    renderCard: (mention, close) =>
      h(MentionCard, {
        key: `${mention.topic.id}:${mention.text}`,
        topic: mention.topic,
        pageText: mention.text,
        passages: passagesForTopic(mention.topic, data.statement),
        onOpenReader: options.openReader,
        onClose: close,
      }),
    openDelay: 250,
    closeDelay: 300,
    signal,
  });
  observer.observe(document.documentElement);
  const ready = scanner.scan([document.body ?? document.documentElement]);
  return { scanner, card, ready };
}
