/**
 * Aligning a quotation with the statement: exact search first, then a
 * bounded-error approximate search (Myers' bit-parallel algorithm, as
 * Hypothesis uses for re-anchoring), then a character diff against the
 * aligned stretch. Script, punctuation and whitespace differences do not count.
 */
import search from 'approx-string-match';
import { editScript, twoLineDiff, type EditOp, type TwoLineDiff } from './diff';
import { fitQuotation } from './fit';
import type { FoldTable } from './normalize';
import { coreOf, trigramStats, type CoreText, type StatementCore } from './statement-core';

export type Verdict = 'verbatim' | 'altered' | 'unmatched';

/** Letters, digits and ideographs: what the comparison looks at. */
const HAN = /\p{Script=Han}/u;
const ELLIPSIS = /……|…|\.{3,}|。{3,}|⋯+/u;

export interface Alignment {
  verdict: Verdict | null;
  /** Paragraphs the aligned stretch comes from (or the closest one, for a weak match). */
  paragraphs: number[];
  /** Share of the quotation's characters that align (1 − errors / length). */
  share: number;
  /** For an altered quotation: the page's words and the original passage, the differences marked on each. */
  diff?: TwoLineDiff;
  /** The original passage (verbatim and altered): the statement's words the quotation corresponds to. */
  original?: string;
  /** Where the original passage sits in its paragraph(s) (verbatim and altered). */
  matched?: MatchedStretch[];
  /** The whole sentence(s) of the statement the passage comes from. */
  sentence?: string;
}

/** How what the reader sees differs from the page's text, when it does. */
export interface ReaderView {
  /** The page reorders the words on screen (bidi controls, <bdo>, an override). */
  reordered: boolean;
  /** Text hidden from the reader was left out, or text the page's style inserts was read. */
  differsFromText: boolean;
}

/** [start, end) in paragraph `paragraph`'s text. */
export interface MatchedStretch {
  paragraph: number;
  start: number;
  end: number;
}

export interface AlignOptions {
  /** A quoted span (may be unmatched) or a passage reproduced without quotation marks. */
  kind: 'quoted' | 'passage';
  /** The quotation is attributed to the statement (联合声明 … 写道). */
  attributed: boolean;
  /** Checked on request (context menu): no length minimum, unmatched without attribution. */
  onDemand?: boolean;
}

const MIN_CORE = { quoted: 8, passage: 15 };
const MAX_CORE = 600;

/** Shares a quotation must reach to count as "clearly the same passage": shorter needs more. */
export function alteredThreshold(length: number, kind: 'quoted' | 'passage'): number {
  const base = length < 16 ? 0.85 : length < 30 ? 0.75 : 0.65;
  return kind === 'passage' ? Math.max(base, 0.8) : base;
}

export function alignQuote(text: string, index: StatementCore, fold: FoldTable, options: AlignOptions): Alignment {
  const none: Alignment = { verdict: null, paragraphs: [], share: 0 };
  // Most sentences on a page share next to nothing with the statement: a quick look first.
  if (!options.attributed && !options.onDemand && trigramStats(text, index, fold).share < 0.25) return none;
  // Ellipses are not comparison characters: the whole text compares as if they were not there.
  const whole = coreOf(text, fold);
  const length = whole.core.length;
  if (length === 0 || length > MAX_CORE) return none;
  if (!options.onDemand && length < MIN_CORE[options.kind]) return none;
  // English quotations are translations: they cannot be checked against the Chinese.
  if ([...whole.core].filter((c) => HAN.test(c)).length < length / 2) return none;

  const pieces = text
    .split(ELLIPSIS)
    .map((piece) => coreOf(piece, fold).core)
    .filter((core) => core.length > 0);
  const endsSentence = SENTENCE_FINAL.test(text);
  const exact = exactInOrder(pieces, index);
  if (exact) {
    const originals = exact.map((span) => originalWithPositions(index, span, endsSentence));
    const matched = originals.flatMap((o) => o.matched);
    return {
      verdict: 'verbatim',
      paragraphs: paragraphsOf(index, exact),
      share: 1,
      original: originals.map((o) => o.text).join('……'),
      matched,
      sentence: sentenceOf(index, matched),
    };
  }

  // Every piece verbatim but not in the statement's order: the same words, rearranged.
  const scattered = pieces.length > 1 ? exactAnywhere(pieces, index) : null;
  if (scattered) {
    const ops = editScript(index.core.slice(scattered.start, scattered.end), whole.core);
    return alteredAgainst(index, scattered, ops, text, whole, 1, endsSentence);
  }

  const maxErrors = Math.floor(length * 0.5);
  const best = search(index.core, whole.core, maxErrors).sort((a, b) => a.errors - b.errors || a.start - b.start)[0];
  const share = best ? 1 - best.errors / length : 0;
  if (best && share >= MIN_FIT_SHARE) {
    // The search ties between readings (ending before a dropped word or after it): fit the
    // quotation properly in the neighbourhood of what it found.
    const fit = fitQuotation(
      index.core,
      Math.max(0, best.start - length),
      Math.min(index.core.length, best.end + length),
      whole.core,
    );
    if (fit && clearlyTheSame(fit.ops, length, options.kind)) {
      return alteredAgainst(index, fit, fit.ops, text, whole, 1 - editErrors(fit.ops) / length, endsSentence);
    }
  }
  if (options.kind === 'quoted' && (options.attributed || options.onDemand)) {
    // Attributed to the statement, yet neither its words nor clearly a changed version of them: no
    // passage of the statement says this, even when part of it is a name the statement uses
    // (a fabricated line around 导弹及其技术控制制度). A partial match still names the closest
    // paragraph, for the reader to compare.
    const closest = best && share >= 0.3 ? paragraphsOf(index, [best]).slice(0, 1) : [];
    return { verdict: 'unmatched', paragraphs: closest, share };
  }
  return { ...none, share };
}

/** A sentence end (after closing marks and spaces) at the end of a quotation. */
const SENTENCE_FINAL = /[。！？!?.][\s”’」』》）)"']*$/u;

/**
 * Whether an aligned quotation is clearly the statement's passage with changes.
 * A reproduction without quotation marks must be closer still: news paraphrases
 * the statement all the time, and a paraphrase is not a misquotation.
 */
function clearlyTheSame(ops: readonly EditOp[], length: number, kind: 'quoted' | 'passage'): boolean {
  if (longestEqualRun(ops) < Math.max(4, Math.ceil(length * 0.3))) return false;
  const threshold = alteredThreshold(length, kind);
  const share = 1 - editErrors(ops) / length;
  if (kind === 'passage') return share >= Math.max(threshold, PASSAGE_SHARE) && editGroups(ops) <= PASSAGE_EDITS;
  if (share >= threshold) return true;
  // Words left out without an ellipsis: every other word the page quotes is the statement's, in order.
  const kept = ops.filter((op) => op.type === 'equal').length;
  const dropped = ops.filter((op) => op.type === 'delete').length;
  return kept / length >= threshold && dropped <= length;
}

/** Below this share of the approximate search a quotation is not looked at closely. */
const MIN_FIT_SHARE = 0.3;

const PASSAGE_SHARE = 0.88;
const PASSAGE_EDITS = 2;

/** The edits as a person counts them: a changed character is one, like a dropped or an added one. */
function editErrors(ops: readonly EditOp[]): number {
  let errors = 0;
  for (let k = 0; k < ops.length;) {
    if (ops[k]!.type === 'equal') {
      k++;
      continue;
    }
    let dropped = 0;
    let added = 0;
    for (; k < ops.length && ops[k]!.type !== 'equal'; k++) {
      if (ops[k]!.type === 'delete') dropped++;
      else added++;
    }
    errors += Math.max(dropped, added);
  }
  return errors;
}

/** How many separate places the page changed. */
function editGroups(ops: readonly EditOp[]): number {
  let groups = 0;
  ops.forEach((op, k) => {
    if (op.type !== 'equal' && (k === 0 || ops[k - 1]!.type === 'equal')) groups++;
  });
  return groups;
}

type Span = { start: number; end: number };

function alteredAgainst(
  index: StatementCore,
  span: Span,
  ops: readonly EditOp[],
  pageText: string,
  page: CoreText,
  share: number,
  endsSentence: boolean,
): Alignment {
  const original = originalWithPositions(index, span, endsSentence);
  return {
    verdict: 'altered',
    paragraphs: paragraphsOf(index, [span]),
    share,
    original: original.text,
    matched: original.matched,
    sentence: sentenceOf(index, original.matched),
    diff: twoLineDiff(
      { text: original.text, core: index.core.slice(span.start, span.end), places: original.corePositions },
      { text: pageText, core: page.core, places: page.offsets },
      ops,
    ),
  };
}

/** Every piece found exactly, in any order: the stretch from the first to the last (if short enough). */
function exactAnywhere(pieces: readonly string[], index: StatementCore): Span | null {
  const spans: Span[] = [];
  for (const piece of pieces) {
    const at = index.core.indexOf(piece);
    if (at === -1 || piece.length < 4) return null;
    spans.push({ start: at, end: at + piece.length });
  }
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return end - start <= MAX_CORE ? { start, end } : null;
}

/** Every piece found exactly, each after the previous one. */
function exactInOrder(pieces: readonly string[], index: StatementCore): Span[] | null {
  if (pieces.length === 0) return null;
  const spans: Span[] = [];
  let from = 0;
  for (const piece of pieces) {
    const at = index.core.indexOf(piece, from);
    if (at === -1) return null;
    spans.push({ start: at, end: at + piece.length });
    from = at + piece.length;
  }
  return spans;
}

function paragraphsOf(index: StatementCore, spans: readonly Span[]): number[] {
  const found = new Set<number>();
  for (const { start, end } of spans) {
    for (let i = start; i < end; i++) if (index.paragraph[i]) found.add(index.paragraph[i]!);
  }
  return [...found].sort((a, b) => a - b);
}

function longestEqualRun(ops: readonly { type: string }[]): number {
  let best = 0;
  let run = 0;
  for (const op of ops) {
    run = op.type === 'equal' ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** Opening and closing marks, paired: kept with the stretch when their partner is in it (《…》). */
const OPENING = '《「『“‘（(〈【';
const CLOSING = '》」』”’）)〉】';

/**
 * The statement's own words for a stretch of core text, with core positions
 * and where the stretch sits in its paragraphs. Punctuation at the edges is
 * kept only when it belongs to the words: a bracket whose partner is inside,
 * a full stop when the page's quotation ends a sentence too (never a dangling
 * comma).
 */
function originalWithPositions(
  index: StatementCore,
  span: Span,
  endsSentence: boolean,
): { text: string; corePositions: number[]; matched: MatchedStretch[] } {
  // The stretch as runs of one paragraph each, then the text of each run.
  const runs: { n: number; from: number; to: number }[] = [];
  const runOf: number[] = []; // for each stretch character: its run, or -1 at a paragraph break
  for (let i = span.start; i < span.end; i++) {
    const n = index.paragraph[i]!;
    if (n === 0) {
      runOf.push(-1);
      continue;
    }
    const offset = index.offset[i]!;
    const run = runs[runs.length - 1];
    if (run && run.n === n) run.to = Math.max(run.to, offset + 1);
    else runs.push({ n, from: offset, to: offset + 1 });
    runOf.push(runs.length - 1);
  }
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (first) first.from = withOpeningMarks(index.texts[first.n - 1]!, first.from, first.to);
  if (last) last.to = withClosingMarks(index.texts[last.n - 1]!, last.from, last.to, endsSentence);
  let text = '';
  const bases: number[] = [];
  runs.forEach((run, k) => {
    if (k > 0) text += '\n';
    bases.push(text.length - run.from);
    text += index.texts[run.n - 1]!.slice(run.from, run.to);
  });
  let lastPosition = 0;
  const corePositions = runOf.map((run, i) => {
    if (run >= 0) lastPosition = bases[run]! + index.offset[span.start + i]!;
    return lastPosition;
  });
  const matched = runs.map((run) => ({ paragraph: run.n, start: run.from, end: run.to }));
  return { text, corePositions, matched };
}

function withOpeningMarks(paragraph: string, from: number, to: number): number {
  while (from > 0) {
    const kind = OPENING.indexOf(paragraph[from - 1]!);
    if (kind === -1 || !paragraph.slice(from, to).includes(CLOSING[kind]!)) break;
    from--;
  }
  return from;
}

function withClosingMarks(paragraph: string, from: number, to: number, endsSentence: boolean): number {
  for (;;) {
    const kind = CLOSING.indexOf(paragraph[to] ?? '');
    if (kind === -1 || !paragraph.slice(from, to).includes(OPENING[kind]!)) break;
    to++;
  }
  if (endsSentence && /[。！？]/u.test(paragraph[to] ?? '')) to++;
  return to;
}

/** The whole sentences of the statement that hold the stretches. */
function sentenceOf(index: StatementCore, matched: readonly MatchedStretch[]): string | undefined {
  const firstStretch = matched[0];
  const lastStretch = matched[matched.length - 1];
  if (!firstStretch || !lastStretch) return undefined;
  const parts: string[] = [];
  for (let n = firstStretch.paragraph; n <= lastStretch.paragraph; n++) {
    const sentences = index.sentences[n - 1] ?? [];
    const text = index.texts[n - 1]!;
    const from = n === firstStretch.paragraph ? firstStretch.start : 0;
    const to = n === lastStretch.paragraph ? lastStretch.end : text.length;
    const start = sentences.find((s) => s.end > from)?.start ?? 0;
    const end = [...sentences].reverse().find((s) => s.start < to)?.end ?? text.length;
    parts.push(text.slice(start, end));
  }
  return parts.join('\n');
}
