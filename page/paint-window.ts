/**
 * Which blocks have their marks registered in the highlights. Chromium rebuilds the markers of every
 * registered range after any change to the page's DOM or style (`HighlightRegistry::
 * ValidateHighlightMarkers`, at the next frame), invalidating the paint of every marked text node:
 * on a feed that changes twenty times a second, the page's paint work grows with the marks on the
 * whole page, wherever they are. So while a page with many marks keeps adding marked blocks, only blocks within
 * a few screens of the viewport keep their ranges registered (an IntersectionObserver tells which,
 * once a frame); once the page is quiet again, every mark is registered again.
 */

/** Below this many marked blocks, rebuilding every marker costs little: all stay registered. */
export const WINDOW_MIN_BLOCKS = 50;
/** Batches of page changes this close together: the page keeps changing. */
const BUSY_GAP_MS = 1000;
/** Quiet this long: every mark is registered again. */
const QUIET_MS = 1500;
/** Two screens above and below the viewport: marks are in place before scrolling reaches them. */
const MARGIN = '200% 0px';
/**
 * Changes to the window off screen wait this long and go together: each change to a highlight costs the
 * page a frame of its own (and a rebuild of the markers), and on a feed blocks cross the window's edges
 * at every update. Blocks that come on screen are registered at once.
 */
const BATCH_MS = 250;

/** A holder of marks (the registries): told which blocks' marks to register or take back. */
export interface PaintTarget {
  show(blocks: readonly Element[]): void;
  hide(blocks: readonly Element[]): void;
}

export class PaintWindow {
  /** Blocks with painted marks. */
  private readonly blocks = new Set<Element>();
  /** While windowed: blocks far from the viewport, whose marks are not registered. */
  private readonly far = new Set<Element>();
  private readonly targets: PaintTarget[] = [];
  private observer: IntersectionObserver | null = null;
  private lastChange = -Infinity;
  /**
   * When the page's changes last brought new marked blocks. Only a page that keeps adding marks (a feed)
   * is windowed: a clock or a carousel ticking beside a long article changes the page just as often, and
   * its marks must all stay where readers and checkers see them (the highlights).
   */
  private lastGrowth = -Infinity;
  private quietTimer = 0;
  private readonly toShow = new Set<Element>();
  private readonly toHide = new Set<Element>();
  private batchTimer = 0;

  constructor(signal: AbortSignal) {
    signal.addEventListener('abort', () => {
      window.clearTimeout(this.quietTimer);
      window.clearTimeout(this.batchTimer);
      this.observer?.disconnect();
      this.observer = null;
    });
  }

  /** Whether only blocks near the viewport have their marks registered now. */
  get windowed(): boolean {
    return this.observer !== null;
  }

  addTarget(target: PaintTarget): void {
    this.targets.push(target);
  }

  /** Whether a block's marks are registered now (while windowed, only once the observer placed it near). */
  shows(block: Element): boolean {
    return !this.far.has(block);
  }

  /** A block got painted marks. */
  track(block: Element): void {
    if (this.blocks.has(block)) return;
    this.blocks.add(block);
    // Marks found on load are not growth; marks that arrive after the page changed are.
    if (this.lastChange > -Infinity) this.lastGrowth = performance.now();
    if (!this.observer) return;
    // While windowed, a new block's marks wait for the observer's verdict (next frame): a feed's new items
    // far below are never registered, and one on screen is registered at once by that verdict.
    this.far.add(block);
    this.observer.observe(block);
  }

  /** A block's marks were forgotten (it changed or left the page): nothing of it is kept. */
  forget(block: Element): void {
    if (!this.blocks.delete(block)) return;
    this.far.delete(block);
    this.toShow.delete(block);
    this.toHide.delete(block);
    this.observer?.unobserve(block);
  }

  /** A batch of the page's own changes was seen (the blocks it adds are tracked after this, once scanned). */
  pageChanged(): void {
    const now = performance.now();
    // The scan of a batch's new blocks may finish after the next batch: growth within two gaps counts.
    const busy = now - this.lastChange < BUSY_GAP_MS && now - this.lastGrowth < 2 * BUSY_GAP_MS;
    this.lastChange = now;
    window.clearTimeout(this.quietTimer);
    this.quietTimer = window.setTimeout(() => this.widen(), QUIET_MS);
    if (busy && !this.observer && this.blocks.size >= WINDOW_MIN_BLOCKS && typeof IntersectionObserver === 'function') {
      this.observer = new IntersectionObserver((entries) => this.place(entries), { rootMargin: MARGIN });
      for (const block of this.blocks) this.observer.observe(block);
    }
  }

  /** The observer's verdicts (once a frame): marks of blocks that came near are registered, far ones taken back. */
  private place(entries: IntersectionObserverEntry[]): void {
    let onScreen = false;
    for (const { target, isIntersecting, boundingClientRect: box } of entries) {
      if (!this.blocks.has(target)) continue;
      if (isIntersecting) {
        this.toHide.delete(target);
        if (this.far.delete(target)) this.toShow.add(target);
        onScreen ||= box.bottom >= 0 && box.top <= window.innerHeight;
      } else if (!this.far.has(target)) {
        this.far.add(target);
        this.toHide.add(target);
      } else this.toShow.delete(target);
    }
    if (onScreen) this.apply();
    else if (!this.batchTimer && this.toShow.size + this.toHide.size > 0) {
      this.batchTimer = window.setTimeout(() => this.apply(), BATCH_MS);
    }
  }

  private apply(): void {
    window.clearTimeout(this.batchTimer);
    this.batchTimer = 0;
    const show = [...this.toShow];
    const hide = [...this.toHide];
    this.toShow.clear();
    this.toHide.clear();
    for (const target of this.targets) {
      if (show.length > 0) target.show(show);
      if (hide.length > 0) target.hide(hide);
    }
  }

  /** The page is quiet: every mark is registered again. */
  private widen(): void {
    this.observer?.disconnect();
    this.observer = null;
    window.clearTimeout(this.batchTimer);
    this.batchTimer = 0;
    this.toShow.clear();
    this.toHide.clear();
    const show = [...this.far];
    this.far.clear();
    if (show.length > 0) for (const target of this.targets) target.show(show);
  }
}
