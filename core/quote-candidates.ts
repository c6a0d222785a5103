/**
 * Quotation candidates in a block of page text: quoted spans (“…” 「…」 『…』
 * "…" ‘…’ and their variants) and, outside them, reproduced passages split into
 * sentences so one changed word does not sink a whole paragraph.
 */

export interface QuoteCandidate {
  /** Offsets in the block's text: the quoted words, without their marks. */
  start: number;
  end: number;
  kind: 'quoted' | 'passage';
  /** The statement is named as the source near the quotation. */
  attributed: boolean;
}

const PAIRS: readonly [string, string][] = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
  ['"', '"'],
  ['＂', '＂'],
  ['〝', '〞'],
  ['﹁', '﹂'],
  ['﹃', '﹄'],
];

/** Words that attribute a quotation to the statement, in the three scripts. */
const ATTRIBUTION =
  /联合声明|聯合聲明|声明[称稱说說指写寫表提中]|聲明[称稱说說指写寫表提中]|公报称|joint statement|the statement (says|said|states|stated|reads)/i;
const SENTENCE_END = /[。！？!?]/u;
/** How far before a quotation an attribution may stand (声明写道：“…”), and after it (“…”，声明称). */
const ATTRIBUTION_BEFORE = 80;
const ATTRIBUTION_AFTER = 24;
/** Characters (outside quoted spans) a block needs before its sentences count as a reproduced passage. */
export const MIN_PASSAGE_BLOCK = 30;
const MAX_QUOTE = 2000;

export function findQuoteCandidates(text: string): QuoteCandidate[] {
  const quoted: QuoteCandidate[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start === -1) break;
      const end = text.indexOf(close, start + 1);
      if (end === -1) break;
      if (end - start - 1 <= MAX_QUOTE && end > start + 1) {
        quoted.push({ start: start + 1, end, kind: 'quoted', attributed: isAttributed(text, start, end + 1) });
      }
      from = end + 1;
    }
  }
  quoted.sort((a, b) => a.start - b.start);
  return [...quoted, ...passagesOutside(text, quoted)].sort((a, b) => a.start - b.start);
}

function isAttributed(text: string, quoteStart: number, quoteEnd: number): boolean {
  const before = text.slice(Math.max(0, quoteStart - ATTRIBUTION_BEFORE), quoteStart);
  // Only the sentence the quotation sits in counts, not an earlier one.
  const sentenceStart = Math.max(...[...before.matchAll(/[。！？!?]/gu)].map((m) => m.index + 1), 0);
  const after = text.slice(quoteEnd, quoteEnd + ATTRIBUTION_AFTER).split(SENTENCE_END)[0] ?? '';
  return ATTRIBUTION.test(before.slice(sentenceStart)) || ATTRIBUTION.test(after);
}

/** Sentences of the text outside quoted spans, when the block is long enough to be a reproduced passage. */
function passagesOutside(text: string, quoted: readonly QuoteCandidate[]): QuoteCandidate[] {
  const gaps: [number, number][] = [];
  let at = 0;
  for (const quote of quoted) {
    if (quote.start - 1 > at) gaps.push([at, quote.start - 1]);
    at = Math.max(at, quote.end + 1);
  }
  if (at < text.length) gaps.push([at, text.length]);
  const outside = gaps.reduce((sum, [s, e]) => sum + text.slice(s, e).replace(/\s/g, '').length, 0);
  if (outside < MIN_PASSAGE_BLOCK) return [];
  const passages: QuoteCandidate[] = [];
  for (const [gapStart, gapEnd] of gaps) {
    let start = gapStart;
    for (let i = gapStart; i <= gapEnd; i++) {
      if (i === gapEnd || SENTENCE_END.test(text[i]!)) {
        const end = i === gapEnd ? i : i + 1;
        const trimmed = trimRange(text, start, end);
        if (trimmed) passages.push({ ...trimmed, kind: 'passage', attributed: false });
        start = end;
      }
    }
  }
  return passages;
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /[\s，、：；,:;]/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
