/** The matcher's pattern table, computed at build time from topics and anchors. */
import type { Pattern } from './matcher';
import { normalizePattern, type FoldTable } from './normalize';
import type { Topic } from './types';

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

/** Patterns as stored in the bundle: [text, topic, flags] with 1 = anchor, 2 = acronym (about half the size). */
export type PackedPattern = [string, number, number];

export function packPatterns(patterns: readonly Pattern[]): PackedPattern[] {
  return patterns.map((p) => [p.text, p.topic, (p.anchor ? 1 : 0) | (p.acronym ? 2 : 0)]);
}

export function unpackPatterns(packed: readonly PackedPattern[]): Pattern[] {
  return packed.map(([text, topic, flags]) => ({ text, topic, anchor: (flags & 1) !== 0, acronym: (flags & 2) !== 0 }));
}
