/**
 * A named highlight in the CSS Custom Highlight API, painted without touching
 * the page's DOM. Where the API is missing, painting is skipped quietly.
 * https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API
 */
import { browserGaps, TINT_FALLBACKS } from '@/core/browser-support';

/** Where underlines are not drawn in highlights, the tint an underline-only highlight is also painted as. */
function tintFallback(name: string): string | undefined {
  const tint = TINT_FALLBACKS[name];
  return tint && browserGaps(navigator.userAgent).tintInsteadOfUnderline ? tint : undefined;
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Registered under its name only when its first range is added: a page with
 * nothing to mark finds no `yuanwen-*` entry in `CSS.highlights`.
 */
export class HighlightLayer {
  private readonly highlight: Highlight | null;
  private readonly tint: string | undefined;

  constructor(readonly name: string) {
    this.highlight = highlightApiAvailable() ? new Highlight() : null;
    // The same ranges under a second name, painted as a tint where underlines are not drawn; registered with the first range.
    this.tint = this.highlight ? tintFallback(name) : undefined;
  }

  addAll(ranges: readonly AbstractRange[]): void {
    if (!this.highlight || ranges.length === 0) return;
    for (const range of ranges) this.highlight.add(range);
    if (CSS.highlights.get(this.name) !== this.highlight) CSS.highlights.set(this.name, this.highlight);
    if (this.tint && !CSS.highlights.has(this.tint)) CSS.highlights.set(this.tint, this.highlight);
  }

  deleteAll(ranges: readonly AbstractRange[]): void {
    if (!this.highlight) return;
    for (const range of ranges) this.highlight.delete(range);
  }

  get size(): number {
    return this.highlight?.size ?? 0;
  }

  dispose(): void {
    if (!this.highlight) return;
    this.highlight.clear();
    if (CSS.highlights.get(this.name) === this.highlight) CSS.highlights.delete(this.name);
    if (this.tint && CSS.highlights.get(this.tint) === this.highlight) CSS.highlights.delete(this.tint);
  }
}
