/**
 * A named highlight in the CSS Custom Highlight API, painted without touching
 * the page's DOM. Where the API is missing, painting is skipped quietly.
 * https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API
 */

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Registered under its name only when its first range is added: a page with
 * nothing to mark finds no `yuanwen-*` entry in `CSS.highlights`.
 */
export class HighlightLayer {
  private readonly highlight: Highlight | null;

  constructor(readonly name: string) {
    this.highlight = highlightApiAvailable() ? new Highlight() : null;
  }

  addAll(ranges: readonly AbstractRange[]): void {
    if (!this.highlight || ranges.length === 0) return;
    for (const range of ranges) this.highlight.add(range);
    if (CSS.highlights.get(this.name) !== this.highlight) CSS.highlights.set(this.name, this.highlight);
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
  }
}
