/**
 * Word boundaries for mentions: a term inside a longer word that means
 * something else is not a mention (中东 in 中东部地区, 人权 in 个人权利, the
 * Security Council in "National Security Council"). Checked only for the
 * matches found — they are rare — on a few characters around each.
 *
 * Three tests, each cheap and general:
 * - a build-time list of known longer words per term (世贸中心, 美中不足, ITA Airways);
 * - for short Chinese terms, a word segmenter (`Intl.Segmenter`) on a small window:
 *   a word that straddles the term's start or end means the term's characters belong
 *   to a longer word — except the words the segmenter is known to form in ordinary
 *   prose around that term (以防 in 以防扩散, 国内 in 联合国内部), found at build time;
 * - for English names written in capitals, a capitalised word right before or after
 *   (the Middle East in "Middle East Airlines"), unless the text is a title-case headline.
 */

import { foldCodes, sourceRange, type FoldTable, type Normalized } from './normalize';

/**
 * Segments text into words, as `Intl.Segmenter` with granularity `word` does; only the words at
 * two offsets are asked for (`containing`), which costs about half of walking them all.
 */
export type Segmenter = (text: string) => {
  containing(index: number): { index: number; segment: string } | undefined;
};

/** What the rule needs to know of a pattern (see `Pattern` in matcher.ts). */
export interface BoundaryPattern {
  /** Folded form. */
  text: string;
  acronym: boolean;
  /** Folded longer words that contain the term and mean something else. */
  longer?: readonly string[];
  /** Words the segmenter forms across the term's edge in ordinary prose: not evidence of a longer word. */
  glued?: readonly string[];
  /** Function characters that do form a word with the term's first character when just before it… */
  loudBefore?: string;
  /** …or with its last when just after it. Next to the other function characters the segmenter is not asked. */
  loudAfter?: string;
}

/**
 * Particles and function characters, which seldom form a word with a neighbour. Next to one of
 * them a term is accepted without segmenting (most mentions sit beside one: 在中东, 人权的,
 * 关税仍), except the few the segmenter joins to that term at build time (`loudBefore` / `loudAfter`).
 */
export const FUNCTION_CHARACTERS =
  '的了是在和与及对就将也都仍已并等之于为把被向从而但或则由以其这该各每所此再又还却即且';

/** Build time: the function characters that do form a word across the term's start, and its end. */
export function loudNeighbours(term: string, segment: Segmenter): { before: string; after: string } {
  let before = '';
  let after = '';
  for (const char of FUNCTION_CHARACTERS) {
    if (straddlingWords(`。${char}${term}。`, 2, 2 + term.length, segment).length > 0) before += char;
    if (straddlingWords(`。${term}${char}。`, 1, 1 + term.length, segment).length > 0) after += char;
  }
  return { before, after };
}

/** A neighbour next to which no word can cross the term's edge: not Han, or a function character that stays apart. */
function isQuiet(code: number, loud: string | undefined): boolean {
  if (!isHan(code)) return true;
  const char = String.fromCharCode(code);
  return FUNCTION_CHARACTERS.includes(char) && !loud?.includes(char);
}

/**
 * Terms of up to this many characters are checked with the segmenter. Longer
 * terms are phrases of several words, and the segmenter's boundaries at their
 * edges are noise far more often than a longer word that swallows them.
 */
export const SEGMENTED_TERM_MAX = 3;
/** Characters of context on each side that the segmenter sees: dictionary words are short. */
const CONTEXT = 4;
/** Segmenter decisions remembered (then forgotten all at once): a few hundred kilobytes at most. */
const MEMO_SIZE = 4096;

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Whether folded text holds one of the pattern's known longer words around [start, end). */
export function insideKnownLonger(
  codes: ArrayLike<number>,
  length: number,
  start: number,
  end: number,
  pattern: BoundaryPattern,
): boolean {
  for (const word of pattern.longer ?? []) {
    for (let at = word.indexOf(pattern.text); at >= 0; at = word.indexOf(pattern.text, at + 1)) {
      const from = start - at;
      if (from < 0 || from + word.length > length || from + word.length < end) continue;
      let same = true;
      for (let i = 0; i < word.length && same; i++) same = codes[from + i] === word.charCodeAt(i);
      if (same) return true;
    }
  }
  return false;
}

/**
 * Segmenter words that straddle [from, to) of `source` (start or end falls strictly
 * inside them) without containing it, seen through a window of CONTEXT characters.
 * A word that contains the whole term (中东地区, 维和部队) does not count: such
 * compounds usually keep the term's meaning, and the ones that do not are listed.
 */
export function straddlingWords(source: string, from: number, to: number, segment: Segmenter): string[] {
  const windowStart = Math.max(0, from - CONTEXT);
  const text = source.slice(windowStart, Math.min(source.length, to + CONTEXT));
  const start = from - windowStart;
  const end = to - windowStart;
  const segments = segment(text);
  const words: string[] = [];
  // The word holding the term's first character begins before it and ends inside it…
  const first = segments.containing(start);
  if (first && first.index < start && first.index + first.segment.length < end) words.push(first.segment);
  // …or the word holding its last character begins inside it and ends after it.
  const last = segments.containing(end - 1);
  if (last && last.index > start && last.index + last.segment.length > end) words.push(last.segment);
  return words;
}

/**
 * Build time: the words a segmenter forms across a term's edges in ordinary
 * prose (`carriers`: sentences that use the term as itself), which therefore
 * say nothing about a longer word. Sorted, for a deterministic index.
 */
export function gluedWords(term: string, carriers: Iterable<string>, segment: Segmenter): string[] {
  const words = new Set<string>();
  for (const carrier of carriers) {
    for (let at = carrier.indexOf(term); at >= 0; at = carrier.indexOf(term, at + 1)) {
      for (const word of straddlingWords(carrier, at, at + term.length, segment)) words.add(word);
    }
  }
  return [...words].sort();
}

const UPPER = /[A-Z]/;
const isCapital = (code: number) => code >= 0x41 && code <= 0x5a;
const LOWER = /[a-z]/;
const TITLE_WORD = /^[A-Z][a-z]/;
/** Letters, digits and what joins them into one word (U.S., Beijing's, Asia-Pacific). */
const WORD_CHAR = /[A-Za-z0-9.'’&-]/;

/** The word just before `at` (skipping one run of spaces), and where it starts. */
function wordBefore(source: string, at: number): [string, number] {
  let end = at;
  while (end > 0 && source[end - 1] === ' ') end--;
  if (end === at) return ['', at];
  let start = end;
  while (start > 0 && WORD_CHAR.test(source[start - 1]!)) start--;
  return [source.slice(start, end), start];
}

function wordAfter(source: string, at: number): string {
  let start = at;
  while (start < source.length && source[start] === ' ') start++;
  if (start === at) return '';
  let end = start;
  while (end < source.length && WORD_CHAR.test(source[end]!)) end++;
  return source.slice(start, end);
}

/** Words capitalised only because they open a sentence: never the first part of a name. */
const SENTENCE_OPENERS = new Set(
  (
    'The A An In On At For From By With As But And Or Of To Its Their His Her Our This That These Those After ' +
    'Before Under Over Both All Some Many Most When While If Since Without Between Among During Despite Yet So ' +
    'Now Then Meanwhile However Still Only Even Also Unlike Like Amid Across Through Against Within Beyond Until'
  ).split(' '),
);

/** Whether the word starting at `start` opens a sentence (or the text). */
function opensSentence(source: string, start: number): boolean {
  let at = start;
  while (at > 0 && /\s/.test(source[at - 1]!)) at--;
  return at === 0 || /[.!?:;"“”(\u2014]/.test(source[at - 1]!);
}

/**
 * A headline in title case: most longer words around the capitalised run that
 * holds the match are capitalised too. There every name looks like part of a
 * longer one, so a capitalised neighbour says nothing.
 */
function inTitleCase(source: string, runStart: number, runEnd: number): boolean {
  const around = `${source.slice(Math.max(0, runStart - 80), runStart)} ${source.slice(runEnd, runEnd + 80)}`;
  const words = around.match(/[A-Za-z]{4,}/g) ?? [];
  if (words.length === 0) return false;
  const capitalised = words.filter((word) => UPPER.test(word[0]!)).length;
  return capitalised / words.length >= 0.7;
}

/**
 * Whether an English name at [from, to), written with a capital, is part of a
 * longer capitalised name: a title-case word right after it, or right before it
 * (unless that is a sentence's first word such as The or In). Acronyms lead longer names that keep their
 * meaning (WTO Director-General, UN General Assembly), so they are not checked.
 */
export function insideLongerName(source: string, from: number, to: number, pattern: BoundaryPattern): boolean {
  if (pattern.acronym || !isCapital(source.charCodeAt(from))) return false;
  // The usual case, decided on a few characters: no capital right after, nor a capitalised word right before.
  let after = to;
  while (source.charCodeAt(after) === 0x20) after++;
  const capitalAfter = after > to && isCapital(source.charCodeAt(after));
  let before = from;
  while (before > 0 && source.charCodeAt(before - 1) === 0x20) before--;
  while (before > 0 && WORD_CHAR.test(source[before - 1]!)) before--;
  const capitalBefore = before < from && isCapital(source.charCodeAt(before));
  if (!capitalAfter && !capitalBefore) return false;
  if (!LOWER.test(source.slice(from, to))) return false;
  const next = wordAfter(source, to);
  const [previous, previousStart] = wordBefore(source, from);
  const longer =
    TITLE_WORD.test(next) ||
    (TITLE_WORD.test(previous) && !(SENTENCE_OPENERS.has(previous) && opensSentence(source, previousStart)));
  if (!longer) return false;
  // The run of capitalised words around the match: the longer name it would be part of.
  let runStart = from;
  for (
    let [word, start] = [previous, previousStart];
    TITLE_WORD.test(word);
    [word, start] = wordBefore(source, start)
  ) {
    runStart = start;
  }
  let runEnd = to;
  for (let word = next; TITLE_WORD.test(word); word = wordAfter(source, runEnd)) {
    runEnd = source.indexOf(word, runEnd) + word.length;
  }
  return !inTitleCase(source, runStart, runEnd);
}

/** Folded letters and digits. */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** A window the segmenter must read: its text, and where the term sits in it. */
export interface SegmentationWindow {
  text: string;
  start: number;
  end: number;
}

/** Windows are this long at most (the term and CONTEXT characters each side); longer ones are refused. */
export const MAX_WINDOW = SEGMENTED_TERM_MAX + 2 * CONTEXT;

/** Cuts the window the segmenter reads around [from, to) of `source`. */
export function windowAround(source: string, from: number, to: number): SegmentationWindow {
  const windowStart = Math.max(0, from - CONTEXT);
  return { text: source.slice(windowStart, to + CONTEXT), start: from - windowStart, end: to - windowStart };
}

/** What a segmenter answers for a window: the words straddling the term's edges (see `straddlingWords`). */
export function straddlingIn(around: SegmentationWindow, segment: Segmenter): string[] {
  return straddlingWords(around.text, around.start, around.end, segment);
}

/** ICU's word segmenter for Chinese, as the rule reads it (the same in Node, Chromium and Firefox). */
export function chineseWords(): Segmenter {
  const words = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => words.segment(text);
}

/**
 * Where the rule gets its segmenter's answers: a segmenter made on first need, or asked elsewhere
 * (`ask`: the content script asks the background, where the word rules are loaded once rather
 * than on every page — 45 to 95 ms of a page's main thread in Chromium 156). `ask` is called each
 * time an undecided window is met and answers at once (the words) or later (null): then the match
 * is turned down meanwhile, and the caller scans the text again once `learn` was told the answer.
 */
export type SegmenterSource = (() => Segmenter) | { ask: (around: SegmentationWindow) => readonly string[] | null };

/**
 * The rule as the matcher applies it to each match. The segmenter is made (or asked) on
 * first need: most pages never need one.
 */
export class BoundaryRule {
  private segmenter: Segmenter | null = null;
  private readonly table: Uint16Array;
  /**
   * Straddling words by the text the segmenter would see: a page names its topics in the same few
   * phrases again and again, and a segmenter call costs tens of microseconds.
   */
  private readonly decided = new Map<string, readonly string[]>();

  constructor(
    fold: FoldTable,
    private readonly source: SegmenterSource,
  ) {
    this.table = foldCodes(fold);
  }

  /** Whether the match [start, end) of folded text stands as a word of its own. */
  accepts(normalized: Normalized, pattern: BoundaryPattern, start: number, end: number): boolean {
    const { codes, length } = normalized;
    if (pattern.longer && insideKnownLonger(codes, length, start, end, pattern)) return false;
    const first = pattern.text.charCodeAt(0);
    const last = pattern.text.charCodeAt(pattern.text.length - 1);
    if (isHan(first) || isHan(last)) {
      if (pattern.text.length > SEGMENTED_TERM_MAX) return true;
      // Folding keeps Han characters Han: with no Han neighbour, or a quiet one, no word crosses an edge.
      const before = start > 0 ? codes[start - 1]! : 0;
      const after = end < length ? codes[end]! : 0;
      if (isQuiet(before, pattern.loudBefore) && isQuiet(after, pattern.loudAfter)) return true;
      const [from, to] = sourceRange(normalized, start, end);
      const around = windowAround(normalized.source, from, to);
      const words = this.straddling(around);
      if (!words) return false; // undecided: asked, and scanned again once answered
      const glued = pattern.glued ?? [];
      return !words.some((word) => !glued.includes(this.fold(word)));
    }
    if (isWordCode(first) && !pattern.acronym) {
      const [from, to] = sourceRange(normalized, start, end);
      return !insideLongerName(normalized.source, from, to, pattern);
    }
    return true;
  }

  /** The answer for a window asked elsewhere. */
  learn(around: SegmentationWindow, words: readonly string[]): void {
    this.remember(windowKey(around), words);
  }

  /** The segmenter's straddling words for a window: remembered, made now, or (asked elsewhere) null. */
  private straddling(around: SegmentationWindow): readonly string[] | null {
    const key = windowKey(around);
    const known = this.decided.get(key);
    if (known) return known;
    const { source } = this;
    const words =
      typeof source === 'function' ? straddlingIn(around, (this.segmenter ??= source())) : source.ask(around);
    if (words) this.remember(key, words);
    return words;
  }

  /** Remembers an answer; past MEMO_SIZE the oldest quarter goes (a just-learned answer stays for its rescan). */
  private remember(key: string, words: readonly string[]): void {
    if (this.decided.size >= MEMO_SIZE) {
      let drop = MEMO_SIZE / 4;
      for (const old of this.decided.keys()) {
        this.decided.delete(old);
        if (--drop === 0) break;
      }
    }
    this.decided.set(key, words);
  }

  private fold(word: string): string {
    let folded = '';
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      const to = this.table[code]!;
      if (to === 0) folded += word[i];
      else if (to < 0xfffe) folded += String.fromCharCode(to);
    }
    return folded;
  }
}

/** A window as a memo key. */
export const windowKey = (around: SegmentationWindow) => `${around.start} ${around.end} ${around.text}`;
