/**
 * Walks the page's text blocks in slices and hands each block to the features
 * (mentions, quotes), whose work comes back in small units run one per step, so
 * no slice runs long however big a block is. Rescans only what changed.
 */
import type { FoldTable } from '@/core/normalize';
import type { PageChanges } from './page-observer';
import { measured, runInSlices, type StepResult } from './slices';
import { blockOf, isInline, isInsideSkipped, isSkipped, TextBlockWalker, type TextBlock } from './text-blocks';
import { Visibility } from './visibility';

const FLUSH_INTERVAL_MS = 150;
/** A block this short, with its mentions matched in the same step, is a light step. */
const LIGHT_BLOCK = 1024;
/** Block-level elements an inline one might (oddly) contain. */
const BLOCKS = 'p, div, li, section, article, blockquote, table, h1, h2, h3, h4, h5, h6';

export interface BlockFeature {
  /**
   * Scans one block (the feature has already forgotten its old items): small work at once,
   * anything longer pushed onto `later` in units, each run in a step of its own.
   */
  scanBlock(block: TextBlock, later: (() => void)[]): void;
  forgetBlock(element: Element): void;
  /** Paint what the last units found, in bulk (a few times a second, and when the work is done); says whether anything was painted. */
  flush(): boolean;
}

/**
 * A root to scan: deep (every block under it) or shallow (only its own text, not nested blocks);
 * by every feature, or `only` one (the others' findings there are kept).
 */
interface ScanRoot {
  node: Node;
  deep: boolean;
  only?: BlockFeature;
}

export class BlockScanner {
  private queue: ScanRoot[] = [];
  private running: Promise<void> | null = null;
  private readonly scanned = new Set<Element>();
  readonly shadowRoots = new Set<ShadowRoot>();

  constructor(
    private readonly features: readonly BlockFeature[],
    private readonly fold: FoldTable,
    private readonly ownHost: () => Element | null,
    private readonly signal: AbortSignal,
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => {},
    /** Called whenever all queued work is done. */
    private readonly onIdle: () => void = () => {},
    /** Blocks hidden when scanned, shared with the features that found something in them. */
    private readonly visibility = new Visibility(),
    /** Write `yuanwen:scan` measures (the `diagnostics` setting). */
    private readonly diagnostics = false,
  ) {}

  /** Scans these roots (everything under them, unless shallow) soon; resolves when all queued work is done. */
  scan(roots: Iterable<Node | ScanRoot>): Promise<void> {
    for (const item of roots) {
      const root = item instanceof Node ? { node: item, deep: true } : item;
      const covered = this.queue.some(
        (queued) =>
          (!queued.only || queued.only === root.only) &&
          ((queued.node === root.node && (queued.deep || !root.deep)) ||
            (queued.deep && queued.node.contains(root.node))),
      );
      if (covered) continue;
      if (root.deep && !root.only) this.queue = this.queue.filter((queued) => !root.node.contains(queued.node));
      // A block matched again for its segmenter answers goes first: its marks have waited already.
      if (root.only) this.queue.unshift(root);
      else this.queue.push(root);
    }
    this.running ??= this.drain().finally(() => {
      this.running = null;
      if (this.signal.aborted) return;
      // Roots queued while the last slice was finishing start a new pass.
      if (this.queue.length > 0) void this.scan([]);
      else this.onIdle();
    });
    return this.running;
  }

  /** Scans these blocks' own text again with one feature only (if they are still scanned when their turn comes). */
  rescan(blocks: Iterable<Element>, feature: BlockFeature): Promise<void> {
    return this.scan([...blocks].map((node): ScanRoot => ({ node, deep: false, only: feature })));
  }

  /**
   * Forgets blocks that left the page and rescans what changed: added block
   * elements in full, and only the own text of blocks whose text changed — so
   * appending a paragraph costs one paragraph, not the article around it.
   */
  refresh(changes: PageChanges): Promise<void> {
    return this.scan(measured(() => this.changedRoots(changes), this.diagnostics));
  }

  private changedRoots({ added, changed, removed, editable, restyled }: PageChanges): ScanRoot[] {
    if (removed) this.forgetRemoved();
    const roots: ScanRoot[] = [];
    const host = this.ownHost();
    const usable = (node: Node) =>
      this.inScope(node) && !isInsideSkipped(node, host) && !(node instanceof Element && isSkipped(node, host));
    // Made editable, or no longer: forget what was found inside, and read the text around it again.
    for (const element of editable) {
      if (!element.isConnected) continue;
      for (const block of [...this.scanned]) if (element.contains(block)) this.forget(block);
      const block = isInline(element) ? blockOf(element) : element;
      if (block === element) added.add(element);
      else if (block) changed.add(block);
    }
    // Shown at last: blocks whose marks were held back because the reader could not see them.
    for (const element of restyled) {
      if (element.isConnected) for (const block of this.visibility.revealedBy(element)) changed.add(block);
    }
    for (const node of added) {
      if (!usable(node)) continue;
      if (node instanceof Element && (!isInline(node) || node.querySelector(BLOCKS))) {
        roots.push({ node: isInline(node) ? (blockOf(node) ?? node) : node, deep: true });
      } else changed.add(node); // added text or inline markup changes its block's own text
    }
    for (const node of changed) {
      if (!usable(node)) continue;
      const block = node instanceof Element && !isInline(node) ? node : blockOf(node);
      if (block) roots.push({ node: block, deep: false });
    }
    return roots;
  }

  /** Under the page's <body>, or in a shadow tree found there: nothing outside it is ever marked. */
  private inScope(node: Node): boolean {
    if (!node.isConnected) return false;
    const root = node.getRootNode();
    if (root instanceof ShadowRoot) return this.shadowRoots.has(root);
    return document.body?.contains(node) ?? false;
  }

  /** Lets go of blocks and shadow roots that left the page, so a long-lived feed keeps none of them alive. */
  private forgetRemoved(): void {
    for (const element of [...this.scanned]) if (!element.isConnected) this.forget(element);
    // A root put back later (its host moved) is adopted again when the walk meets its host.
    for (const shadow of this.shadowRoots) if (!shadow.isConnected) this.shadowRoots.delete(shadow);
  }

  /** Forgets every block (the document became editable). */
  forgetAll(): void {
    for (const element of [...this.scanned]) this.forget(element);
  }

  private forget(element: Element, only?: BlockFeature): void {
    if (only) return only.forgetBlock(element);
    this.scanned.delete(element);
    this.visibility.forget(element);
    for (const feature of this.features) feature.forgetBlock(element);
  }

  private async drain(): Promise<void> {
    let blocks: TextBlockWalker | null = null;
    /** Blocks met in the current root: a block interrupted by a nested one comes in several pieces. */
    let met = new Set<Element>();
    let only: BlockFeature | undefined;
    const units: (() => void)[] = [];
    let nextUnit = 0;
    const step = (): StepResult => {
      if (nextUnit < units.length) {
        units[nextUnit++]!();
        return 'heavy';
      }
      units.length = nextUnit = 0;
      if (!blocks) {
        const root = this.queue.shift();
        if (!root) return 'done';
        met = new Set();
        only = root.only;
        // Forgotten since it was queued (removed, made editable): nothing to match again.
        if (only && !this.scanned.has(root.node as Element)) return 'light';
        if (root.node.isConnected) {
          const onShadowRoot = (shadow: ShadowRoot) => this.adoptShadowRoot(shadow);
          blocks = new TextBlockWalker(root.node, this.fold, this.ownHost(), onShadowRoot, !root.deep);
          // A shallow root with no text left has nothing to yield: forget what it had.
          if (!root.deep && root.node instanceof Element) this.forget(root.node, only);
        }
        return 'light';
      }
      const block = blocks.next();
      if (!block) {
        blocks = null;
        return 'light';
      }
      // Removed since the walk began (the removal was handled already): nothing to keep of it.
      if (!block.element.isConnected) return 'light';
      if (!met.has(block.element)) {
        met.add(block.element);
        this.forget(block.element, only);
        if (!only) this.scanned.add(block.element);
      }
      for (const feature of only ? [only] : this.features) feature.scanBlock(block, units);
      return block.length <= LIGHT_BLOCK ? 'light' : 'heavy';
    };
    // Paint in bulk, a few times a second: every highlight change repaints the text it covers,
    // which on a page with a multi-megabyte text node costs more than the scan itself. The first
    // marks are painted as soon as a slice found some, so the reader sees them without waiting.
    let lastFlush = performance.now();
    let painted = false;
    const flush = () => {
      lastFlush = performance.now();
      for (const feature of this.features) painted = feature.flush() || painted;
    };
    await runInSlices(
      step,
      this.signal,
      () => {
        if (!painted || performance.now() - lastFlush >= FLUSH_INTERVAL_MS) flush();
      },
      this.diagnostics,
    );
    flush();
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    this.onShadowRoot(shadow);
    this.queue.push({ node: shadow, deep: true });
  }
}
