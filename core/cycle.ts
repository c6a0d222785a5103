/** Stepping through a list that wraps around (the keyboard command, the card's n/p, the popup's next mention of a topic). */
import type { Verdict } from './align';

/** The item after `current`, wrapping to the first; the first when `current` is not in the list; null when empty. */
export function nextAfter<T>(items: readonly T[], current: unknown): T | null {
  if (items.length === 0) return null;
  return items[(items.indexOf(current as T) + 1) % items.length]!;
}

/** The item before `current`, wrapping to the last; the last when `current` is not in the list; null when empty. */
export function previousBefore<T>(items: readonly T[], current: unknown): T | null {
  if (items.length === 0) return null;
  const at = items.indexOf(current as T);
  return items[(at <= 0 ? items.length : at) - 1]!;
}

/** A mark on the page as far as its order goes: a topic, or a quotation with its verdict and form. */
export type RankedMark = { kind: 'mention' } | { kind: 'quote'; verdict: Verdict; form: 'quoted' | 'passage' };

/**
 * Problems first: quotations not in the statement, then altered ones, then verbatim quotations, then
 * reproduced passages (whatever their verdict: they are not misquotations), then topics. The popup's
 * "On this page" and the keyboard's cycle share this order.
 */
export function markRank(mark: RankedMark): number {
  if (mark.kind === 'mention') return 4;
  if (mark.form === 'passage') return 3;
  return mark.verdict === 'unmatched' ? 0 : mark.verdict === 'altered' ? 1 : 2;
}

/** Marks in `markRank` order, document order kept within each rank (the sort is stable). */
export function problemsFirst<T>(items: readonly T[], mark: (item: T) => RankedMark): T[] {
  return items
    .map((item, at) => ({ item, at, rank: markRank(mark(item)) }))
    .sort((a, b) => a.rank - b.rank || a.at - b.at)
    .map(({ item }) => item);
}
