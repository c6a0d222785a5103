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
 * patterns costs a page about 20 ms of cold script), a fifth of the size of its arrays written out.
 */
export interface PackedMatcherTables {
  /** How many edges leave each state. */
  edges: number[];
  /** The edges' code units, in edge order. */
  codes: string;
  /** Each edge's target minus its source state: mostly 1, as a pattern's states are numbered in a row. */
  next: number[];
  fail: number[];
  /** The states with an output (output link), as pairs of [distance from the previous such state, value]. */
  output: number[];
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

export function packMatcherTables(tables: MatcherTables): PackedMatcherTables {
  const { edgeStart, edgeCode, edgeNext } = tables;
  const count = tables.fail.length;
  const edges: number[] = [];
  const next: number[] = [];
  for (let state = 0; state < count; state++) {
    edges.push(edgeStart[state + 1]! - edgeStart[state]!);
    for (let e = edgeStart[state]!; e < edgeStart[state + 1]!; e++) next.push(edgeNext[e]! - state);
  }
  return {
    edges,
    codes: Array.from(edgeCode, (code) => String.fromCharCode(code)).join(''),
    next,
    fail: [...tables.fail],
    output: sparse(tables.output),
    outputLink: sparse(tables.outputLink),
  };
}

export function unpackMatcherTables(packed: PackedMatcherTables): MatcherTables {
  const { edges, codes, next } = packed;
  const count = edges.length;
  const edgeStart = new Int32Array(count + 1);
  const edgeCode = new Uint16Array(codes.length);
  const edgeNext = new Int32Array(codes.length);
  for (let state = 0, e = 0; state < count; state++) {
    for (const end = e + edges[state]!; e < end; e++) {
      edgeCode[e] = codes.charCodeAt(e);
      edgeNext[e] = state + next[e]!;
    }
    edgeStart[state + 1] = e;
  }
  return {
    edgeStart,
    edgeCode,
    edgeNext,
    fail: Int32Array.from(packed.fail),
    output: unsparse(packed.output, count),
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
