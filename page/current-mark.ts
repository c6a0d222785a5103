/**
 * The mark whose card is open, painted as `yuanwen-current` over the mark's own style (highlights.css):
 * the keyboard's cycle shows where it is. Registered only while there is a current mark.
 */
import { highlightApiAvailable } from './highlights';

export const CURRENT_HIGHLIGHT = 'yuanwen-current';

export class CurrentMark {
  private readonly highlight: Highlight | null;

  constructor(
    signal: AbortSignal,
    /** Called before the first paint (the marks' styles are added then). */
    private readonly beforePaint: () => void = () => {},
  ) {
    this.highlight = highlightApiAvailable() ? new Highlight() : null;
    // Above the marks' own highlights wherever they overlap.
    if (this.highlight) this.highlight.priority = 1;
    signal.addEventListener('abort', () => this.show(null));
  }

  show(range: AbstractRange | null): void {
    const highlight = this.highlight;
    if (!highlight) return;
    highlight.clear();
    if (!range) {
      if (CSS.highlights.get(CURRENT_HIGHLIGHT) === highlight) CSS.highlights.delete(CURRENT_HIGHLIGHT);
      return;
    }
    this.beforePaint();
    highlight.add(range);
    if (CSS.highlights.get(CURRENT_HIGHLIGHT) !== highlight) CSS.highlights.set(CURRENT_HIGHLIGHT, highlight);
  }
}
