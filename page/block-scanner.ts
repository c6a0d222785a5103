/**
 * Walks the page's text blocks in slices and hands each block to the features
 * (mentions, quotes), whose work comes back in small units run one per step, so
 * no slice runs long however big a block is. Rescans only what changed.
 */
import { runInSlices } from './slices';
import { blockOf, isInsideSkipped, isSkipped, textBlocks, type TextBlock } from './text-blocks';

const FLUSH_INTERVAL_MS = 150;

export interface BlockFeature {
  /** Work for one block, in units; the feature has already forgotten the block's old items. */
  scanBlock(block: TextBlock): (() => void)[];
  forgetBlock(element: Element): void;
  /** Paint what the last units found, in bulk (a few times a second, and when the work is done). */
  flush(): void;
}

export class BlockScanner {
  private queue: Node[] = [];
  private running: Promise<void> | null = null;
  private readonly scanned = new Set<Element>();
  readonly shadowRoots = new Set<ShadowRoot>();

  constructor(
    private readonly features: readonly BlockFeature[],
    private readonly ownHost: () => Element | null,
    private readonly signal: AbortSignal,
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => {},
    /** Called whenever all queued work is done. */
    private readonly onIdle: () => void = () => {},
  ) {}

  /** Scans these roots (and everything under them) soon; resolves when all queued work is done. */
  scan(roots: Iterable<Node>): Promise<void> {
    for (const root of roots) {
      if (this.queue.some((queued) => queued === root || queued.contains(root))) continue;
      this.queue = this.queue.filter((queued) => !root.contains(queued));
      this.queue.push(root);
    }
    this.running ??= this.drain().finally(() => {
      this.running = null;
      if (!this.signal.aborted) this.onIdle();
    });
    return this.running;
  }

  /** Forgets blocks that left the page and rescans the blocks around changed nodes. */
  refresh(changed: Iterable<Node>): Promise<void> {
    for (const element of [...this.scanned]) if (!element.isConnected) this.forget(element);
    const roots = new Set<Node>();
    const host = this.ownHost();
    for (const node of changed) {
      if (!node.isConnected || isInsideSkipped(node, host)) continue;
      if (node instanceof Element && isSkipped(node, host)) continue;
      const block = node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE ? blockOf(node) : null;
      const root = block ?? node;
      // A block whose text went away entirely is not met by the walk: forget it here.
      if (root instanceof Element && !/\S/.test(root.textContent ?? '')) this.forget(root);
      roots.add(root);
    }
    return this.scan(roots);
  }

  private forget(element: Element): void {
    this.scanned.delete(element);
    for (const feature of this.features) feature.forgetBlock(element);
  }

  private async drain(): Promise<void> {
    let blocks: Generator<TextBlock> | null = null;
    const units: (() => void)[] = [];
    const step = (): boolean => {
      const unit = units.shift();
      if (unit) {
        unit();
        return true;
      }
      if (!blocks) {
        const root = this.queue.shift();
        if (!root) return false;
        if (root.isConnected) blocks = textBlocks(root, this.ownHost(), (shadow) => this.adoptShadowRoot(shadow));
        return true;
      }
      const next = blocks.next();
      if (next.done) {
        blocks = null;
        return true;
      }
      const block = next.value;
      this.forget(block.element);
      this.scanned.add(block.element);
      for (const feature of this.features) units.push(...feature.scanBlock(block));
      return true;
    };
    // Paint in bulk, a few times a second: every highlight change repaints the text it covers,
    // which on a page with a multi-megabyte text node costs more than the scan itself.
    let lastFlush = performance.now();
    const flush = () => {
      lastFlush = performance.now();
      this.features.forEach((feature) => feature.flush());
    };
    await runInSlices(step, this.signal, () => {
      if (performance.now() - lastFlush >= FLUSH_INTERVAL_MS) flush();
    });
    flush();
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    this.onShadowRoot(shadow);
    this.queue.push(shadow);
  }
}
