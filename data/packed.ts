/**
 * The shapes the extension reads from data/generated/, packed smaller than the
 * objects the runtime uses: the build step packs, data/index.ts unpacks, and the
 * two sit side by side here so they cannot drift apart.
 */
import type { Pattern } from '../core/matcher';
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
  return packed.map(([text, topic, flags, boundaries]) => {
    const pattern: Pattern = { text, topic, anchor: (flags & 1) !== 0, acronym: (flags & 2) !== 0 };
    const [longer, glued, loudBefore, loudAfter] = boundaries ?? [[], [], '', ''];
    if (longer.length) pattern.longer = longer;
    if (glued.length) pattern.glued = glued;
    if (loudBefore) pattern.loudBefore = loudBefore;
    if (loudAfter) pattern.loudAfter = loudAfter;
    return pattern;
  });
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
