/** Paragraph anchors: `#p12` ↔ 12. */

export function paragraphAnchor(n: number): string {
  return `p${n}`;
}

/** The paragraph a hash names, or null when it names none that exists. */
export function paragraphFromHash(hash: string, paragraphCount: number): number | null {
  const match = /^#?p([1-9]\d{0,5})$/.exec(hash);
  if (!match) return null;
  const n = Number(match[1]);
  return n <= paragraphCount ? n : null;
}
