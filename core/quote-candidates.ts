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

/**
 * The most of a selection the context-menu check reads: far more than any clause of the statement, so
 * nothing a reader means to check is cut, while a whole selected page is not carried to and normalised in
 * the page (a 20 MB selection froze the tab for seconds).
 */
export const MAX_SELECTION_CHECK = 4_000;

/** The quotation marks `findQuoteCandidates` pairs, opening and closing. */
export const QUOTE_PAIRS: readonly [string, string][] = [
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

/** Any opening quotation mark, as one test. */
export const OPENING_QUOTE = new RegExp(`[${QUOTE_PAIRS.map(([open]) => open).join('')}]`, 'u');

/** Words that attribute a quotation to the statement, in the three scripts. */
const ATTRIBUTION =
  /联合声明|聯合聲明|声明[称稱说說指写寫表提中]|聲明[称稱说說指写寫表提中]|公报称|joint statement|the statement (says|said|states|stated|reads)/i;
const SENTENCE_END = /[。！？!?]/u;
const CLAUSE_END = /[。！？!?，,；;]/gu;
/** Words that credit a person with the quotation… */
const SPEAKER = /[说說]|表示|指出|强调|強調|宣布|告诉|告訴|认为|認為|回应|回應|\b(?:said|says|told|added)\b/iu;
/** …and words that give it as a text's wording. */
const DOCUMENT =
  /文件|文本|声明|聲明|公报|公報|[写寫载載]|规定|規定|原文|\b(?:document|text|statement|reads|states|stated|wrote|writes)\b/iu;
/** How far before a quotation an attribution may stand (声明写道：“…”), and after it (“…”，声明称). */
const ATTRIBUTION_BEFORE = 80;
const ATTRIBUTION_AFTER = 24;
/** Characters (outside quoted spans) a block needs before its sentences count as a reproduced passage. */
export const MIN_PASSAGE_BLOCK = 30;
const MAX_QUOTE = 2000;

export function findQuoteCandidates(text: string): QuoteCandidate[] {
  const quoted: QuoteCandidate[] = [];
  const namesStatement = ATTRIBUTION.test(text);
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start === -1) break;
      const end = text.indexOf(close, start + 1);
      if (end === -1) break;
      if (end - start - 1 <= MAX_QUOTE && end > start + 1) {
        quoted.push({
          start: start + 1,
          end,
          kind: 'quoted',
          attributed: isAttributed(text, start, end + 1, namesStatement),
        });
      }
      from = end + 1;
    }
  }
  quoted.sort((a, b) => a.start - b.start);
  return [...quoted, ...passagesOutside(text, quoted)].sort((a, b) => a.start - b.start);
}

/**
 * Whether the page gives a quotation as the statement's words. The paragraph is
 * the unit (a paragraph that names the statement in one sentence and quotes "the
 * document" in the next attributes the quotation), unless the words leading
 * into the quotation credit a speaker rather than a text (克林顿表示：“…”).
 */
function isAttributed(text: string, quoteStart: number, quoteEnd: number, paragraphNamesStatement: boolean): boolean {
  const before = text.slice(Math.max(0, quoteStart - ATTRIBUTION_BEFORE), quoteStart);
  const sentenceStart = Math.max(...[...before.matchAll(/[。！？!?]/gu)].map((m) => m.index + 1), 0);
  const after = text.slice(quoteEnd, quoteEnd + ATTRIBUTION_AFTER).split(SENTENCE_END)[0] ?? '';
  const clauseBefore = before.slice(Math.max(...[...before.matchAll(CLAUSE_END)].map((m) => m.index + 1), 0));
  const clauseAfter = after.replace(/^[\s，,：:]+/u, '').split(CLAUSE_END)[0] ?? '';
  const leadIn = clauseBefore + ' ' + clauseAfter;
  if (SPEAKER.test(leadIn) && !DOCUMENT.test(leadIn)) return false;
  return paragraphNamesStatement || ATTRIBUTION.test(before.slice(sentenceStart)) || ATTRIBUTION.test(after);
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
