/**
 * One pass over folded text with a multi-pattern (Aho–Corasick) matcher built
 * from every alias. Longest match wins, matches never overlap, Latin aliases
 * match on word boundaries, and acronyms (WTO, CTBT …) only in capitals.
 */
import type { BoundaryRule } from './boundaries';
import { sourceRange, type Normalized } from './normalize';

export interface Pattern {
  /** Folded form (see normalizePattern). */
  text: string;
  /** Index into the topic list, or -1 when the pattern is only a relevance anchor. */
  topic: number;
  /** A relevance anchor (中美, U.S.-China …): the page is about China–US relations. */
  anchor: boolean;
  /** Must appear in capitals on the page. */
  acronym: boolean;
  /** Folded longer words that contain the pattern and mean something else (see boundaries.ts). */
  longer?: string[];
  /** Words a segmenter forms across the pattern's edges in ordinary prose (see boundaries.ts). */
  glued?: string[];
  /** Function characters that form no word with the pattern's edges, before and after it (see boundaries.ts). */
  loudBefore?: string;
  loudAfter?: string;
}

export interface Match {
  /** Folded offsets. */
  start: number;
  end: number;
  pattern: number;
}

export interface BlockMentions {
  /** Topic mentions with source offsets, in text order. */
  mentions: { topic: number; start: number; end: number }[];
  /** Whether a relevance anchor occurs in the block. */
  anchor: boolean;
}

/** Folded letters and digits: Latin aliases match only between these. */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}
const LOWERCASE = /[a-z\uff41-\uff5a]/;

/**
 * The automaton's tables. Trie edges are packed: state s's edges are [edgeStart[s], edgeStart[s + 1])
 * of edgeCode / edgeNext (most states have one or two, so a scan beats a hash lookup). Built once at
 * build time for the bundled patterns (data/build), since building them costs a page ~20 ms of cold script.
 */
export interface MatcherTables {
  edgeStart: Int32Array;
  edgeCode: Uint16Array;
  edgeNext: Int32Array;
  /** Where each state falls back to when its next code unit has no edge. */
  fail: Int32Array;
  /** The pattern ending at each state, or -1. */
  output: Int32Array;
  /** The next state down the failure chain that has an output, or -1. */
  outputLink: Int32Array;
}

/** The Aho–Corasick automaton of the patterns' folded texts (the first of equal texts is the one reported). */
export function buildMatcherTables(patterns: readonly Pattern[]): MatcherTables {
  const children: [number, number][][] = [[]];
  const outputs: number[] = [-1];
  /** While building: key = state * 65536 + code unit. */
  const edges = new Map<number, number>();
  patterns.forEach((pattern, index) => {
    let state = 0;
    for (let i = 0; i < pattern.text.length; i++) {
      const code = pattern.text.charCodeAt(i);
      let next = edges.get(state * 65536 + code);
      if (next === undefined) {
        next = children.length;
        children.push([]);
        outputs.push(-1);
        edges.set(state * 65536 + code, next);
        children[state]!.push([code, next]);
      }
      state = next;
    }
    if (pattern.text.length > 0 && outputs[state] === -1) outputs[state] = index;
  });
  const count = children.length;
  const edgeStart = new Int32Array(count + 1);
  const edgeCode = new Uint16Array(edges.size);
  const edgeNext = new Int32Array(edges.size);
  children.forEach((list, state) => {
    let at = edgeStart[state]!;
    for (const [code, child] of list) {
      edgeCode[at] = code;
      edgeNext[at++] = child;
    }
    edgeStart[state + 1] = at;
  });
  const fail = new Int32Array(count);
  const output = Int32Array.from(outputs);
  const outputLink = new Int32Array(count).fill(-1);
  // Breadth-first, so every failure target is finished before it is used.
  const queue: number[] = [];
  for (const [, child] of children[0]!) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [code, child] of children[state]!) {
      let fallback = fail[state]!;
      while (fallback !== 0 && !edges.has(fallback * 65536 + code)) fallback = fail[fallback]!;
      const target = edges.get(fallback * 65536 + code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const failState = fail[child]!;
      outputLink[child] = output[failState] !== -1 ? failState : outputLink[failState]!;
      queue.push(child);
    }
  }
  return { edgeStart, edgeCode, edgeNext, fail, output, outputLink };
}

export class MentionMatcher {
  readonly patterns: readonly Pattern[];
  private readonly edgeStart: Int32Array;
  private readonly edgeCode: Uint16Array;
  private readonly edgeNext: Int32Array;
  private readonly fail: Int32Array;
  private readonly output: Int32Array;
  private readonly outputLink: Int32Array;
  /** Patterns that begin or end with a letter or digit: checked for word boundaries. */
  private readonly wordStart: Uint8Array;
  private readonly wordEnd: Uint8Array;
  /**
   * Transitions out of the root, by code unit (0: none): most characters start nothing. 16-bit while
   * the states fit (they do, by far): 128 KB less of every marked page's heap.
   */
  private readonly rootNext: Uint16Array | Int32Array;

  /**
   * `tables` must be the automaton of these very patterns: buildMatcherTables(patterns), or its
   * copy made at build time (data/index.ts `matcherTables`).
   */
  constructor(
    patterns: readonly Pattern[],
    /** Word boundaries beyond the Latin letter test: longer words, segmenter, longer names. */
    private readonly boundaries: BoundaryRule | null = null,
    tables: MatcherTables = buildMatcherTables(patterns),
  ) {
    this.patterns = patterns;
    this.wordStart = new Uint8Array(patterns.length);
    this.wordEnd = new Uint8Array(patterns.length);
    for (let i = 0; i < patterns.length; i++) {
      const text = patterns[i]!.text;
      if (text && isWordCode(text.charCodeAt(0))) this.wordStart[i] = 1;
      if (text && isWordCode(text.charCodeAt(text.length - 1))) this.wordEnd[i] = 1;
    }
    this.edgeStart = tables.edgeStart;
    this.edgeCode = tables.edgeCode;
    this.edgeNext = tables.edgeNext;
    this.fail = tables.fail;
    this.output = tables.output;
    this.outputLink = tables.outputLink;
    this.rootNext = this.fail.length <= 0x10000 ? new Uint16Array(65536) : new Int32Array(65536);
    for (let e = this.edgeStart[0]!; e < this.edgeStart[1]!; e++) this.rootNext[this.edgeCode[e]!] = this.edgeNext[e]!;
  }

  /** Every occurrence of every pattern that passes its boundary and case checks. */
  findAll(normalized: Normalized): Match[] {
    const { codes, length } = normalized;
    const { rootNext, output, outputLink } = this;
    const matches: Match[] = [];
    let state = 0;
    for (let i = 0; i < length; i++) {
      const code = codes[i]!;
      if (state === 0) {
        // Most characters start nothing: one table read, no call.
        state = rootNext[code]!;
        if (state === 0 || (output[state] === -1 && outputLink[state] === -1)) continue;
      } else state = this.step(state, code);
      for (let s = output[state] !== -1 ? state : outputLink[state]!; s !== -1; s = outputLink[s]!) {
        const index = output[s]!;
        const end = i + 1;
        const start = end - this.patterns[index]!.text.length;
        if (this.accepts(normalized, index, start, end)) matches.push({ start, end, pattern: index });
      }
    }
    return matches;
  }

  private step(from: number, code: number): number {
    const { edgeStart, edgeCode, edgeNext, fail } = this;
    let state = from;
    for (;;) {
      for (let e = edgeStart[state]!, end = edgeStart[state + 1]!; e < end; e++) {
        if (edgeCode[e] === code) return edgeNext[e]!;
      }
      state = fail[state]!;
      if (state === 0) return this.rootNext[code]!;
    }
  }

  private accepts(normalized: Normalized, index: number, start: number, end: number): boolean {
    const pattern = this.patterns[index]!;
    const { codes } = normalized;
    if (this.wordStart[index] && start > 0 && isWordCode(codes[start - 1]!)) return false;
    if (this.wordEnd[index] && end < normalized.length && isWordCode(codes[end]!)) return false;
    if (pattern.acronym) {
      const [from, to] = sourceRange(normalized, start, end);
      if (LOWERCASE.test(normalized.source.slice(from, to))) return false;
    }
    return true;
  }

  /**
   * Topic mentions in a block: longest first, no overlaps, mapped back to source offsets.
   * Without `anchors` (the page is already known to be about China–US relations), anchors
   * that are not topics are not looked at, nor their boundaries checked.
   */
  findMentions(normalized: Normalized, anchors = true): BlockMentions {
    const all = this.findAll(normalized);
    const { boundaries, patterns } = this;
    const accepts = (match: Match) =>
      !boundaries || boundaries.accepts(normalized, patterns[match.pattern]!, match.start, match.end);
    let anchor = false;
    const candidates: Match[] = [];
    for (const match of all) {
      const pattern = patterns[match.pattern]!;
      // One anchor that stands as a word of its own is enough.
      if (anchors && !anchor && pattern.anchor && accepts(match)) anchor = true;
      if (pattern.topic >= 0) candidates.push(match);
    }
    // Boundaries are checked only for matches the longest-first selection would take.
    const mentions = selectLongest(candidates, boundaries ? accepts : undefined);
    return { mentions: mentions.map((m) => this.toMention(normalized, m)), anchor };
  }

  private toMention(normalized: Normalized, match: Match) {
    const [start, end] = sourceRange(normalized, match.start, match.end);
    return { topic: this.patterns[match.pattern]!.topic, start, end };
  }
}

/**
 * Keeps the longest matches that do not overlap (earlier first among equals), in text order;
 * a match `accepts` turns down leaves its place to shorter ones. `matches` come as `findAll`
 * gives them, in order of their ends.
 */
export function selectLongest(matches: readonly Match[], accepts?: (match: Match) => boolean): readonly Match[] {
  // Most blocks: matches apart from one another, already in text order (nothing to choose between).
  let apart = true;
  for (let i = 1; i < matches.length && apart; i++) apart = matches[i]!.start >= matches[i - 1]!.end;
  if (apart) return accepts ? matches.filter(accepts) : matches;
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Match[] = [];
  // A few matches (a sentence naming a topic and a shorter alias inside it) are compared pairwise;
  // many (a long window) mark the characters taken.
  const occupied = matches.length > 32 ? new Uint8Array(Math.max(...matches.map((m) => m.end))) : null;
  outer: for (const match of byLength) {
    if (occupied) {
      for (let i = match.start; i < match.end; i++) if (occupied[i]) continue outer;
    } else {
      for (const other of taken) if (match.start < other.end && other.start < match.end) continue outer;
    }
    if (accepts && !accepts(match)) continue;
    occupied?.fill(1, match.start, match.end);
    taken.push(match);
  }
  return taken.sort((a, b) => a.start - b.start);
}
