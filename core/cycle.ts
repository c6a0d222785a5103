/** Stepping through a list that wraps around (the keyboard command, the popup's next mention of a topic). */

/** The item after `current`, wrapping to the first; the first when `current` is not in the list; null when empty. */
export function nextAfter<T>(items: readonly T[], current: unknown): T | null {
  if (items.length === 0) return null;
  return items[(items.indexOf(current as T) + 1) % items.length]!;
}
