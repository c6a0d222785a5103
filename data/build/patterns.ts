/** The matcher's pattern table, computed at build time from topics and anchors (packed by data/packed.ts). */
import type { Pattern } from '../../core/matcher';
import { normalizePattern, type FoldTable } from '../../core/normalize';
import type { Topic } from '../../core/types';

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
