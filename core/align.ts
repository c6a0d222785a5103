/**
 * Aligning a quotation with the statement: exact search first, then a
 * bounded-error approximate search (Myers' bit-parallel algorithm, as
 * Hypothesis uses for re-anchoring), then a character diff against the
 * aligned stretch. Script, punctuation and whitespace differences do not count.
 */
import search from 'approx-string-match';
import { diffSegments, editScript, type DiffSegment } from './diff';
import { normalize, normalizeTransient, type FoldTable } from './normalize';
import type { Statement } from './types';

export type Verdict = 'verbatim' | 'altered' | 'unmatched';

/** Letters, digits and ideographs: what the comparison looks at. */
const HAN = /\p{Script=Han}/u;
const ELLIPSIS = /……|…|\.{3,}|。{3,}|⋯+/u;
const PARAGRAPH_BREAK = '\u0001';

export interface CoreText {
  core: string;
  /** Source offset of each core code unit. */
  offsets: number[];
}

/**
 * Runs of comparable characters: letters, digits and ideographs, and anything
 * outside the BMP (a supplementary character is compared whole, whatever it is).
 */
const CORE_RUNS = /(?:[\p{L}\p{N}\p{Cs}]|[\u{10000}-\u{10FFFF}])+/gu;

/** The comparable characters of a text, folded, with where each came from. */
export function coreOf(text: string, fold: FoldTable): CoreText {
  const normalized = normalize(text, fold);
  let core = '';
  const offsets: number[] = [];
  // One regex match per run of characters, not one test per character.
  for (const run of normalized.text.matchAll(CORE_RUNS)) {
    core += run[0];
    for (let i = run.index, end = run.index + run[0].length; i < end; i++) offsets.push(normalized.starts[i]!);
  }
  return { core, offsets };
}

export interface StatementCore {
  core: string;
  /** For each core code unit: paragraph number (0 at a break) and offset in that paragraph's text. */
  paragraph: Uint16Array;
  offset: Uint32Array;
  /** Paragraph texts, to show the original passage. */
  texts: string[];
  /** Every three-character run of `core`, hashed into a bit set: a cheap first test before aligning. */
  trigramBits: Uint32Array;
}

export function statementCore(statement: Statement, fold: FoldTable): StatementCore {
  let core = '';
  const paragraph: number[] = [];
  const offset: number[] = [];
  for (const p of statement.paragraphs) {
    const text = coreOf(p.text, fold);
    core += text.core + PARAGRAPH_BREAK;
    for (const at of text.offsets) {
      paragraph.push(p.n);
      offset.push(at);
    }
    paragraph.push(0);
    offset.push(p.text.length);
  }
  return {
    core,
    paragraph: Uint16Array.from(paragraph),
    offset: Uint32Array.from(offset),
    texts: statement.paragraphs.map((p) => p.text),
    trigramBits: trigramBitsOf(core),
  };
}

/**
 * The statement's index as stored in the bundle (built at build time: folding
 * the statement at page load would be a few milliseconds of every scan): the
 * core text, and its units' places as runs of [paragraph, offset, length].
 */
export interface PackedStatementCore {
  core: string;
  runs: number[];
}

export function packStatementCore(index: StatementCore): PackedStatementCore {
  const runs: number[] = [];
  for (let i = 0; i < index.core.length;) {
    let end = i + 1;
    while (
      end < index.core.length &&
      index.paragraph[end] === index.paragraph[i] &&
      index.offset[end] === index.offset[end - 1]! + 1
    ) {
      end++;
    }
    runs.push(index.paragraph[i]!, index.offset[i]!, end - i);
    i = end;
  }
  return { core: index.core, runs };
}

export function unpackStatementCore(packed: PackedStatementCore, statement: Statement): StatementCore {
  const { core, runs } = packed;
  const paragraph = new Uint16Array(core.length);
  const offset = new Uint32Array(core.length);
  for (let r = 0, at = 0; r < runs.length; r += 3) {
    for (let k = 0; k < runs[r + 2]!; k++, at++) {
      paragraph[at] = runs[r]!;
      offset[at] = runs[r + 1]! + k;
    }
  }
  const texts = statement.paragraphs.map((p) => p.text);
  return { core, paragraph, offset, texts, trigramBits: trigramBitsOf(core) };
}

export interface Alignment {
  verdict: Verdict | null;
  /** Paragraphs the aligned stretch comes from (or the closest one, for a weak match). */
  paragraphs: number[];
  /** Share of the quotation's characters that align (1 − errors / length). */
  share: number;
  /** For an altered quotation: the original passage with the differences marked. */
  diff?: DiffSegment[];
  /** The original passage (verbatim and altered). */
  original?: string;
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
  const whole = coreOf(text.replace(new RegExp(ELLIPSIS.source, 'gu'), ''), fold);
  const length = whole.core.length;
  if (length === 0 || length > MAX_CORE) return none;
  if (!options.onDemand && length < MIN_CORE[options.kind]) return none;
  // English quotations are translations: they cannot be checked against the Chinese.
  if ([...whole.core].filter((c) => HAN.test(c)).length < length / 2) return none;

  const pieces = text
    .split(ELLIPSIS)
    .map((piece) => coreOf(piece, fold).core)
    .filter((core) => core.length > 0);
  const exact = exactInOrder(pieces, index);
  if (exact)
    return {
      verdict: 'verbatim',
      paragraphs: paragraphsOf(index, exact),
      share: 1,
      original: originalText(index, exact),
    };

  // Every piece verbatim but not in the statement's order: the same words, rearranged.
  const scattered = pieces.length > 1 ? exactAnywhere(pieces, index) : null;
  if (scattered) return alteredAgainst(index, scattered, whole.core, 1);

  const maxErrors = Math.floor(length * 0.5);
  const best = search(index.core, whole.core, maxErrors).sort((a, b) => a.errors - b.errors || a.start - b.start)[0];
  const share = best ? 1 - best.errors / length : 0;
  if (best && share >= alteredThreshold(length, options.kind)) {
    const stretch = index.core.slice(best.start, best.end);
    const ops = editScript(stretch, whole.core);
    if (longestEqualRun(ops) >= Math.max(4, Math.ceil(length * 0.3)))
      return alteredAgainst(index, best, whole.core, share);
  }
  if (options.kind === 'quoted' && (options.attributed || options.onDemand) && share < 0.5) {
    // A weak match still names the closest paragraph, for the reader to compare.
    const closest = best && share >= 0.3 ? paragraphsOf(index, [best]).slice(0, 1) : [];
    return { verdict: 'unmatched', paragraphs: closest, share };
  }
  return { ...none, share };
}

type Span = { start: number; end: number };

function alteredAgainst(index: StatementCore, span: Span, pageCore: string, share: number): Alignment {
  const ops = editScript(index.core.slice(span.start, span.end), pageCore);
  const { text: original, corePositions } = originalWithPositions(index, span);
  return {
    verdict: 'altered',
    paragraphs: paragraphsOf(index, [span]),
    share,
    original,
    diff: diffSegments(original, corePositions, pageCore, ops),
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

const TRIGRAM_BITS = 20;

/** A hash of three code units into TRIGRAM_BITS bits. */
function trigramHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> (32 - TRIGRAM_BITS);
}

function trigramBitsOf(text: string): Uint32Array {
  const bits = new Uint32Array(1 << (TRIGRAM_BITS - 5));
  for (let i = 0; i + 3 <= text.length; i++) {
    const hash = trigramHash(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
    bits[hash >>> 5]! |= 1 << (hash & 31);
  }
  return bits;
}

/** Ideographs, letters and digits, roughly: enough for a first test (the exact test is `CORE`). */
function isCoreCode(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f)
  );
}

/**
 * How much of the text's three-character runs occur in the statement (share),
 * and the longest unbroken stretch of them. Uses `normalizeTransient`: a
 * transient fold held by the caller does not survive the call.
 */
export function trigramStats(
  text: string,
  index: StatementCore,
  fold: FoldTable,
): { share: number; longestRun: number } {
  const folded = normalizeTransient(text, fold);
  return trigramStatsOf(folded.codes, folded.length, index);
}

/** The same, over folded code units (what the scanner already has): no strings built. */
export function trigramStatsOf(
  codes: Uint16Array,
  length: number,
  index: StatementCore,
): { share: number; longestRun: number } {
  let a = -1;
  let b = -1;
  let runs = 0;
  let shared = 0;
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[i]!;
    if (!isCoreCode(code)) continue;
    if (a >= 0) {
      runs++;
      const hash = trigramHash(a, b, code);
      if (index.trigramBits[hash >>> 5]! & (1 << (hash & 31))) {
        shared++;
        if (++run > longestRun) longestRun = run;
      } else run = 0;
    }
    a = b;
    b = code;
  }
  return { share: runs === 0 ? 0 : shared / runs, longestRun };
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

/** The statement's own words for a stretch of core text (punctuation included), with core positions. */
function originalWithPositions(index: StatementCore, span: Span): { text: string; corePositions: number[] } {
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
    if (run && run.n === n) run.to = offset + 1;
    else runs.push({ n, from: offset, to: offset + 1 });
    runOf.push(runs.length - 1);
  }
  let text = '';
  const bases: number[] = [];
  runs.forEach((run, k) => {
    if (k > 0) text += '\n';
    const paragraph = index.texts[run.n - 1]!;
    // Closing punctuation right after the stretch belongs to it (a 。 or 》).
    const tail = k === runs.length - 1 ? (/^[^\p{L}\p{N}]*/u.exec(paragraph.slice(run.to))?.[0].length ?? 0) : 0;
    bases.push(text.length - run.from);
    text += paragraph.slice(run.from, run.to + tail);
  });
  let last = 0;
  const corePositions = runOf.map((run, i) => {
    if (run >= 0) last = bases[run]! + index.offset[span.start + i]!;
    return last;
  });
  return { text, corePositions };
}

function originalText(index: StatementCore, spans: readonly Span[]): string {
  return spans.map((span) => originalWithPositions(index, span).text).join('……');
}
