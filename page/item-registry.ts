/**
 * Marks found on the page (mentions, quotes), by block, painted in bulk into
 * their highlights; items held back by the relevance gate wait unpainted until
 * it opens.
 */
import { HighlightLayer } from './highlights';
import type { PaintTarget, PaintWindow } from './paint-window';
import { blockOf } from './text-blocks';
import type { Visibility } from './visibility';

export interface PageItem {
  range: StaticRange;
  block: Element;
}

export class ItemRegistry<T extends PageItem> implements PaintTarget {
  private readonly byBlock = new Map<Element, T[]>();
  private readonly waiting = new Set<T>();
  private readonly forgotten = new WeakSet<T>();
  /** Items painted (flushed, and past the gate), whether or not their block's marks are registered now. */
  private readonly paintedItems = new WeakSet<T>();
  private found: T[] = [];
  private readonly layers = new Map<string, HighlightLayer>();

  constructor(
    highlightNames: readonly string[],
    /** Which highlights paint an item (none: found, hoverable, but not painted). */
    private readonly layersOf: (item: T) => readonly string[],
    /** Whether an item may be painted now, or must wait for the gate. */
    private readonly mayPaint: (item: T) => boolean,
    signal: AbortSignal,
    /** Items the reader cannot see are dropped when painting (asked per flush, when style is computed once). */
    private readonly visibility: Visibility | null = null,
    /** Called before marks are painted (the page's styles for them are added then). */
    private readonly beforePaint: () => void = () => {},
    /** Which blocks' marks are registered in the highlights now (all, unless a busy page has many). */
    private readonly paintWindow: PaintWindow | null = null,
  ) {
    for (const name of highlightNames) this.layers.set(name, new HighlightLayer(name));
    signal.addEventListener('abort', () => this.layers.forEach((layer) => layer.dispose()));
    paintWindow?.addTarget(this);
  }

  /** Registers a block's new items; they are painted at the next flush. */
  add(items: readonly T[]): void {
    for (const item of items) {
      // Found by work that ran on after the page removed its block (which was forgotten then): never kept.
      if (!item.block.isConnected) continue;
      const list = this.byBlock.get(item.block);
      if (list) list.push(item);
      else this.byBlock.set(item.block, [item]);
      this.found.push(item);
    }
  }

  /** Paints the items found since the last flush; says whether any was painted. */
  flush(): boolean {
    if (this.found.length === 0) return false;
    const paint = this.found.filter((item) => !this.forgotten.has(item) && this.isShown(item));
    this.found = [];
    return this.paint(paint) > 0;
  }

  /** Whether the reader can see an item; one they cannot is neither painted nor counted. */
  private isShown(item: T): boolean {
    if (!this.visibility || this.visibility.shown(item.block, item.range.startContainer)) return true;
    const list = this.byBlock.get(item.block);
    if (list) list.splice(list.indexOf(item), 1);
    this.forgotten.add(item);
    return false;
  }

  /** Paints whatever waited for the gate (call when it opens). */
  release(): void {
    const items = [...this.waiting];
    this.waiting.clear();
    this.paint(items);
  }

  /** Paints what may be painted (the rest waits for the gate); returns how many were. */
  private paint(items: readonly T[]): number {
    const shown: T[] = [];
    for (const item of items) {
      if (!this.mayPaint(item)) {
        this.waiting.add(item);
        continue;
      }
      this.paintedItems.add(item);
      this.paintWindow?.track(item.block);
      if (!this.paintWindow || this.paintWindow.shows(item.block)) shown.push(item);
    }
    if (shown.length > 0) this.beforePaint();
    this.register(shown, true);
    return shown.length;
  }

  /** Adds items' ranges to their highlights, or takes them back (sets: adding twice or taking back an absent one does nothing). */
  private register(items: readonly T[], add: boolean): void {
    const byLayer = new Map<string, StaticRange[]>();
    for (const item of items) {
      for (const name of this.layersOf(item)) {
        const ranges = byLayer.get(name);
        if (ranges) ranges.push(item.range);
        else byLayer.set(name, [item.range]);
      }
    }
    for (const [name, ranges] of byLayer) {
      if (add) this.layers.get(name)!.addAll(ranges);
      else this.layers.get(name)!.deleteAll(ranges);
    }
  }

  private paintedIn(blocks: readonly Element[]): T[] {
    return blocks.flatMap((block) => this.byBlock.get(block)?.filter((item) => this.paintedItems.has(item)) ?? []);
  }

  /** The paint window came near these blocks: their painted marks are registered again. */
  show(blocks: readonly Element[]): void {
    this.register(this.paintedIn(blocks), true);
  }

  /** The paint window left these blocks: their marks are taken back from the highlights (still hoverable). */
  hide(blocks: readonly Element[]): void {
    this.register(this.paintedIn(blocks), false);
  }

  /**
   * Changes a painted item in place (a quotation judged again) and repaints it;
   * `change` returning false removes the item instead.
   */
  update(item: T, change: () => boolean): void {
    const list = this.byBlock.get(item.block);
    const at = list?.indexOf(item) ?? -1;
    if (!list || at === -1) return;
    for (const name of this.layersOf(item)) this.layers.get(name)!.deleteAll([item.range]);
    if (change()) this.paint([item]);
    else {
      list.splice(at, 1);
      this.forgotten.add(item);
    }
  }

  forgetBlock(element: Element): void {
    this.paintWindow?.forget(element);
    const items = this.byBlock.get(element);
    if (!items) return;
    this.byBlock.delete(element);
    for (const item of items) {
      this.forgotten.add(item);
      this.waiting.delete(item);
      for (const name of this.layersOf(item)) this.layers.get(name)!.deleteAll([item.range]);
    }
  }

  /**
   * Painted items in the block that holds a text node: the few a hit test then
   * narrows down (an item's text nodes all share its block).
   */
  itemsNear(node: Text): T[] {
    const block = blockOf(node);
    const items = block ? this.byBlock.get(block) : undefined;
    return items?.filter((item) => !this.waiting.has(item)) ?? [];
  }

  /** Every painted item, in document order. */
  painted(): T[] {
    const items = [...this.byBlock.values()].flat().filter((item) => !this.waiting.has(item));
    return items.sort((a, b) => compareStarts(a.range, b.range));
  }
}

function compareStarts(a: StaticRange, b: StaticRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  return a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
