/**
 * The shapes the extension reads from data/generated/, packed smaller than the
 * objects the runtime uses: the build step packs, data/index.ts unpacks, and the
 * two sit side by side here so they cannot drift apart.
 */
import type { Pattern } from '../core/matcher';

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
