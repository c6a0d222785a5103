/** What the page shows, for the popup's "on this page" list. */
import type { PageCheck, PageSummary } from '@/core/messages';
import { nextAfter } from '@/core/cycle';
import type { Mention } from './mention-layer';
import type { Quote } from './quote-layer';

export function summarize(hostname: string, mentions: readonly Mention[], quotes: readonly Quote[]): PageSummary {
  const counts = new Map<string, { mention: Mention; count: number }>();
  for (const mention of mentions) {
    const entry = counts.get(mention.topic.id);
    if (entry) entry.count++;
    else counts.set(mention.topic.id, { mention, count: 1 });
  }
  return {
    hostname,
    topics: [...counts.values()]
      .sort((a, b) => b.count - a.count)
      .map(({ mention, count }) => ({
        id: mention.topic.id,
        name: mention.topic.zh[0]!,
        english: mention.topic.en[0]!,
        count,
      })),
    quotes: quotes.map((quote, index) => ({
      index,
      verdict: quote.alignment.verdict,
      form: quote.form,
      text: quote.text.length > 80 ? `${quote.text.slice(0, 80)}…` : quote.text,
    })),
  };
}

/** The next mention of a topic after the one shown (document order), wrapping around. */
export function nextOfTopic(mentions: readonly Mention[], id: string, shown: unknown): Mention | null {
  return nextAfter(
    mentions.filter((mention) => mention.topic.id === id),
    shown,
  );
}

/** Every checked quotation and passage in page order, in full, for the side panel. */
export function checksOf(quotes: readonly Quote[]): PageCheck[] {
  return quotes.map((quote, index) => ({
    index,
    form: quote.form,
    verdict: quote.alignment.verdict,
    text: quote.text,
    paragraphs: quote.alignment.paragraphs,
    ...(quote.alignment.original !== undefined && { original: quote.alignment.original }),
    ...(quote.alignment.diff && { diff: quote.alignment.diff }),
  }));
}
