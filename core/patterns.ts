/** The matcher's pattern table, computed at build time from topics and anchors. */
import type { Pattern } from './matcher';
import { normalizePattern, type FoldTable } from './normalize';
import type { Topic } from './types';

/** All capitals (and digits or dots): WTO, CTBT, U.N., P5. */
export function isAcronym(alias: string): boolean {
  return /^(?=.*[A-Z])[A-Z0-9&.-]+$/.test(alias);
}

/** What word boundaries need beyond the aliases (see boundaries.ts). */
export interface BoundaryData {
  /** Longer words (any script, as written) that contain an alias or anchor and mean something else. */
  longer: readonly string[];
  /** By simplified alias or anchor: words a segmenter forms across its edges in ordinary prose. */
  glued: ReadonlyMap<string, readonly string[]>;
  /** By simplified alias or anchor: function characters that form no word with its edges. */
  quiet?: ReadonlyMap<string, { before: string; after: string }>;
}

export function buildPatterns(
  topics: readonly Topic[],
  anchors: readonly string[],
  fold: FoldTable,
  boundaries: BoundaryData = { longer: [], glued: new Map() },
): Pattern[] {
  const byText = new Map<string, Pattern>();
  const add = (alias: string, topic: number, anchor: boolean) => {
    const text = normalizePattern(alias, fold);
    if (!text) return;
    const existing = byText.get(text);
    if (!existing) {
      byText.set(text, { text, topic, anchor, acronym: isAcronym(alias) });
      return;
    }
    if (topic >= 0 && existing.topic >= 0 && existing.topic !== topic) {
      throw new Error(`alias "${alias}" belongs to two topics: ${topics[existing.topic]!.id}, ${topics[topic]!.id}`);
    }
    if (topic >= 0) existing.topic = topic;
    existing.anchor ||= anchor;
    existing.acronym &&= isAcronym(alias);
  };
  topics.forEach((topic, index) => {
    for (const alias of [...topic.zh, ...topic.abbr, ...topic.zht, ...topic.en]) add(alias, index, false);
  });
  for (const anchor of anchors) add(anchor, -1, true);
  const longer = boundaries.longer.map((word) => normalizePattern(word, fold));
  const glued = new Map([...boundaries.glued].map(([alias, words]) => [normalizePattern(alias, fold), words]));
  const loudByText = new Map(
    [...(boundaries.quiet ?? [])].map(([alias, quiet]) => [normalizePattern(alias, fold), quiet]),
  );
  for (const pattern of byText.values()) {
    const containing = longer.filter((word) => word !== pattern.text && word.includes(pattern.text));
    if (containing.length) pattern.longer = containing;
    const words = glued.get(pattern.text);
    if (words?.length) pattern.glued = words.map((word) => normalizePattern(word, fold));
    const quiet = loudByText.get(pattern.text);
    if (quiet?.before) pattern.loudBefore = quiet.before;
    if (quiet?.after) pattern.loudAfter = quiet.after;
  }
  return [...byText.values()];
}

/**
 * Patterns as stored in the bundle: [text, topic, flags] with 1 = anchor, 2 = acronym (about half the size),
 * then, when there are any, what word boundaries need: longer words, glued words, quiet neighbours before and after.
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
