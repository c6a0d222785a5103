/** The matcher's pattern table, computed at build time from topics and anchors (packed by data/packed.ts). */
import type { Pattern } from '../../core/matcher';
import { normalizePattern, type FoldTable } from '../../core/normalize';
import type { Topic } from '../../core/types';

/** All capitals (and digits or dots): WTO, CTBT, U.N., P5. */
export function isAcronym(alias: string): boolean {
  return /^(?=.*[A-Z])[A-Z0-9&.-]+$/.test(alias);
}

export function buildPatterns(topics: readonly Topic[], anchors: readonly string[], fold: FoldTable): Pattern[] {
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
  return [...byText.values()];
}
