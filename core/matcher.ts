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

export class MentionMatcher {
  readonly patterns: readonly Pattern[];
  /**
   * Trie edges, packed: state s's edges are [edgeStart[s], edgeStart[s + 1]) of
   * edgeCode / edgeNext. Most states have one or two, so a scan beats a hash lookup.
   */
  private readonly edgeStart: Int32Array;
  private readonly edgeCode: Uint16Array;
  private readonly edgeNext: Int32Array;
  private readonly fail: Int32Array;
  /** The pattern ending at each state, or -1. */
  private readonly output: Int32Array;
  /** The next state down the failure chain that has an output, or -1. */
  private readonly outputLink: Int32Array;
  /** Patterns that begin or end with a letter or digit: checked for word boundaries. */
  private readonly wordStart: Uint8Array;
  private readonly wordEnd: Uint8Array;
  /** Transitions out of the root, by code unit (0: none): most characters start nothing. */
  private readonly rootNext = new Int32Array(65536);

  constructor(
    patterns: readonly Pattern[],
    /** Word boundaries beyond the Latin letter test: longer words, segmenter, longer names. */
    private readonly boundaries: BoundaryRule | null = null,
  ) {
    this.patterns = patterns;
    this.wordStart = Uint8Array.from(patterns, (p) => (p.text && isWordCode(p.text.charCodeAt(0)) ? 1 : 0));
    this.wordEnd = Uint8Array.from(patterns, (p) =>
      p.text && isWordCode(p.text.charCodeAt(p.text.length - 1)) ? 1 : 0,
    );
    const children: [number, number][][] = [[]];
    const output: number[] = [-1];
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
          output.push(-1);
          edges.set(state * 65536 + code, next);
          children[state]!.push([code, next]);
        }
        state = next;
      }
      if (pattern.text.length > 0 && output[state] === -1) output[state] = index;
    });
    for (const [code, child] of children[0]!) this.rootNext[code] = child;
    const count = children.length;
    this.edgeStart = new Int32Array(count + 1);
    this.edgeCode = new Uint16Array(edges.size);
    this.edgeNext = new Int32Array(edges.size);
    children.forEach((list, state) => {
      let at = this.edgeStart[state]!;
      for (const [code, child] of list) {
        this.edgeCode[at] = code;
        this.edgeNext[at++] = child;
      }
      this.edgeStart[state + 1] = at;
    });
    this.fail = new Int32Array(count);
    this.output = Int32Array.from(output);
    this.outputLink = new Int32Array(count).fill(-1);
    // Breadth-first, so every failure target is finished before it is used.
    const queue: number[] = [];
    for (const [, child] of children[0]!) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, child] of children[state]!) {
        let fallback = this.fail[state]!;
        while (fallback !== 0 && !edges.has(fallback * 65536 + code)) fallback = this.fail[fallback]!;
        const target = edges.get(fallback * 65536 + code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const failState = this.fail[child]!;
        this.outputLink[child] = this.output[failState] !== -1 ? failState : this.outputLink[failState]!;
        queue.push(child);
      }
    }
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
 * a match `accepts` turns down leaves its place to shorter ones.
 */
export function selectLongest(matches: readonly Match[], accepts?: (match: Match) => boolean): readonly Match[] {
  if (matches.length <= 1) return accepts ? matches.filter(accepts) : matches;
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Match[] = [];
  const limit = Math.max(...matches.map((m) => m.end));
  const occupied = new Uint8Array(limit);
  outer: for (const match of byLength) {
    for (let i = match.start; i < match.end; i++) if (occupied[i]) continue outer;
    if (accepts && !accepts(match)) continue;
    occupied.fill(1, match.start, match.end);
    taken.push(match);
  }
  return taken.sort((a, b) => a.start - b.start);
}
