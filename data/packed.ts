/**
 * The shapes the extension reads from data/generated/, packed smaller than the
 * objects the runtime uses: the build step packs, data/index.ts unpacks, and the
 * two sit side by side here so they cannot drift apart.
 */
import type { MatcherTables, Pattern } from '../core/matcher';
import { trigramBitsOf, type StatementCore } from '../core/statement-core';
import type { Statement } from '../core/types';

/**
 * Patterns as stored in the bundle: [text, topic, flags] with 1 = anchor, 2 = acronym (about half the size),
 * then, when there are any, what word boundaries need: longer words, glued words, loud neighbours before and after.
 */
export type PackedPattern = [string, number, number, [string[], string[], string, string]?];

export function packPatterns(patterns: readonly Pattern[]): PackedPattern[] {
  return patterns.map((p) => {
    const packed: PackedPattern = [p.text, p.topic, (p.anchor ? 1 : 0) | (p.acronym ? 2 : 0)];
    if (p.longer || p.glued || p.loudBefore || p.loudAfter) {
      packed.push([p.longer ?? [], p.glued ?? [], p.loudBefore ?? '', p.loudAfter ?? '']);
    }
    return packed;
  });
}

export function unpackPatterns(packed: readonly PackedPattern[]): Pattern[] {
  // Read by index: destructuring an array runs the iterator protocol, which cold script pays per pattern.
  const patterns = new Array<Pattern>(packed.length);
  for (let i = 0; i < packed.length; i++) {
    const p = packed[i]!;
    const flags = p[2];
    const pattern: Pattern = { text: p[0], topic: p[1], anchor: (flags & 1) !== 0, acronym: (flags & 2) !== 0 };
    const boundaries = p[3];
    if (boundaries) {
      if (boundaries[0].length) pattern.longer = boundaries[0];
      if (boundaries[1].length) pattern.glued = boundaries[1];
      if (boundaries[2]) pattern.loudBefore = boundaries[2];
      if (boundaries[3]) pattern.loudAfter = boundaries[3];
    }
    patterns[i] = pattern;
  }
  return patterns;
}

/**
 * The mention matcher's automaton as stored in the bundle (built at build time: building it from the
 * patterns costs a page about 20 ms of cold script). The trie itself is told by the patterns and, for each,
 * the state its new states hang off: states are numbered as the patterns are added, each new one the next
 * number, so this is all it takes to lay the trie out again without looking anything up.
 */
export interface PackedMatcherTables {
  /** For each pattern, the state at the end of its longest prefix already in the trie when it was added. */
  branch: number[];
  fail: number[];
  /** The states with an output link, as pairs of [distance from the previous such state, link]. */
  outputLink: number[];
}

/** [gap, value] pairs of the entries that are not -1. */
function sparse(values: Int32Array): number[] {
  const pairs: number[] = [];
  for (let i = 0, last = 0; i < values.length; i++) {
    if (values[i] === -1) continue;
    pairs.push(i - last, values[i]!);
    last = i;
  }
  return pairs;
}

function unsparse(pairs: readonly number[], length: number): Int32Array {
  const values = new Int32Array(length).fill(-1);
  for (let k = 0, i = 0; k < pairs.length; k += 2) {
    i += pairs[k]!;
    values[i] = pairs[k + 1]!;
  }
  return values;
}

/** `tables` must be buildMatcherTables(patterns). */
export function packMatcherTables(tables: MatcherTables, patterns: readonly Pattern[]): PackedMatcherTables {
  const { edgeStart, edgeCode, edgeNext } = tables;
  const step = (state: number, code: number) => {
    for (let e = edgeStart[state]!; e < edgeStart[state + 1]!; e++) if (edgeCode[e] === code) return edgeNext[e]!;
    throw new Error('the tables are not those of these patterns');
  };
  const branch: number[] = [];
  let known = 1; // states added before the pattern at hand
  for (const { text } of patterns) {
    let state = 0;
    let i = 0;
    for (let next; i < text.length && (next = step(state, text.charCodeAt(i))) < known; i++) state = next;
    branch.push(state);
    known += text.length - i;
  }
  return { branch, fail: [...tables.fail], outputLink: sparse(tables.outputLink) };
}

export function unpackMatcherTables(packed: PackedMatcherTables, patterns: readonly Pattern[]): MatcherTables {
  const { branch } = packed;
  const count = packed.fail.length;
  // Each state but the root is the target of one edge: its source and code unit, in the order states were added.
  const parent = new Int32Array(count);
  const code = new Uint16Array(count);
  const depth = new Int32Array(count);
  const output = new Int32Array(count).fill(-1);
  let added = 1;
  for (let p = 0; p < patterns.length; p++) {
    const text = patterns[p]!.text;
    let state = branch[p]!;
    for (let i = depth[state]!; i < text.length; i++, added++) {
      parent[added] = state;
      code[added] = text.charCodeAt(i);
      depth[added] = i + 1;
      state = added;
    }
    if (text.length > 0 && output[state] === -1) output[state] = p;
  }
  // Edges grouped by source state, each state's in the order they were added.
  const edgeStart = new Int32Array(count + 1);
  for (let s = 1; s < count; s++) edgeStart[parent[s]! + 1] = edgeStart[parent[s]! + 1]! + 1;
  for (let s = 0; s < count; s++) edgeStart[s + 1] = edgeStart[s + 1]! + edgeStart[s]!;
  const at = edgeStart.slice(0, count);
  const edgeCode = new Uint16Array(count - 1);
  const edgeNext = new Int32Array(count - 1);
  for (let s = 1; s < count; s++) {
    const e = at[parent[s]!]!;
    at[parent[s]!] = e + 1;
    edgeCode[e] = code[s]!;
    edgeNext[e] = s;
  }
  return {
    edgeStart,
    edgeCode,
    edgeNext,
    fail: Int32Array.from(packed.fail),
    output,
    outputLink: unsparse(packed.outputLink, count),
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
  const sentences = statement.paragraphs.map((p) => p.sentences);
  return { core, paragraph, offset, texts, sentences, trigramBits: trigramBitsOf(core) };
}
