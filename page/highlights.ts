/**
 * A named highlight in the CSS Custom Highlight API, painted without touching
 * the page's DOM. Where the API is missing, painting is skipped quietly.
 * https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API
 */

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightLayer {
  private readonly highlight: Highlight | null;

  constructor(readonly name: string) {
    this.highlight = highlightApiAvailable() ? new Highlight() : null;
    if (this.highlight) CSS.highlights.set(name, this.highlight);
  }

  addAll(ranges: readonly AbstractRange[]): void {
    if (!this.highlight) return;
    for (const range of ranges) this.highlight.add(range);
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
