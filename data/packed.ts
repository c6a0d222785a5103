/**
 * The shapes the extension reads from data/generated/, packed smaller than the
 * objects the runtime uses: the build step packs, data/index.ts unpacks, and the
 * two sit side by side here so they cannot drift apart.
 */
import type { Pattern } from '../core/matcher';

/** Patterns as stored in the bundle: [text, topic, flags] with 1 = anchor, 2 = acronym (about half the size). */
export type PackedPattern = [string, number, number];

export function packPatterns(patterns: readonly Pattern[]): PackedPattern[] {
  return patterns.map((p) => [p.text, p.topic, (p.anchor ? 1 : 0) | (p.acronym ? 2 : 0)]);
}

export function unpackPatterns(packed: readonly PackedPattern[]): Pattern[] {
  return packed.map(([text, topic, flags]) => ({ text, topic, anchor: (flags & 1) !== 0, acronym: (flags & 2) !== 0 }));
}
