/**
 * Finds topic mentions on the page and paints them, in slices, and keeps them
 * current as the page changes. It never changes the page's DOM: marks are
 * StaticRanges in the `yuanwen-mention` highlight.
 */
import type { MentionMatcher } from '@/core/matcher';
import { normalize, type FoldTable } from '@/core/normalize';
import { isAboutChinaUs, shouldMark } from '@/core/relevance';
import type { Topic } from '@/core/types';
import { HighlightLayer } from './highlights';
import { runInSlices } from './slices';
import { blockOf, isInsideSkipped, isSkipped, locate, textBlocks, type TextBlock } from './text-blocks';

export const MENTION_HIGHLIGHT = 'yuanwen-mention';

export interface Mention {
  topic: Topic;
  range: StaticRange;
  block: Element;
  /** The words as the page writes them. */
  text: string;
}

/** Long blocks are matched in windows so no single step runs long. */
const WINDOW = 8192;

export class MentionScanner {
  private readonly layer = new HighlightLayer(MENTION_HIGHLIGHT);
  private readonly byBlock = new Map<Element, Mention[]>();
  private readonly byNode = new WeakMap<Text, Mention[]>();
  /** General mentions waiting for the page to turn out to be about China–US relations. */
  private readonly pending = new Set<Mention>();
  private readonly forgotten = new WeakSet<Mention>();
  private gateOpen = false;
  private readonly overlap: number;
  private queue: Node[] = [];
  private running: Promise<void> | null = null;
  readonly shadowRoots = new Set<ShadowRoot>();

  constructor(
    private readonly matcher: MentionMatcher,
    private readonly topics: readonly Topic[],
    private readonly fold: FoldTable,
    private readonly ownHost: () => Element | null,
    private readonly signal: AbortSignal,
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => {},
  ) {
    this.overlap = 2 * Math.max(...matcher.patterns.map((p) => p.text.length)) + 16;
    signal.addEventListener('abort', () => this.layer.dispose());
  }

  /** Scans these roots (and everything under them) soon; resolves when the queue is empty. */
  scan(roots: Iterable<Node>): Promise<void> {
    for (const root of roots) {
      if (this.queue.some((queued) => queued === root || queued.contains(root))) continue;
      this.queue = this.queue.filter((queued) => !root.contains(queued));
      this.queue.push(root);
    }
    this.running ??= this.drain().finally(() => (this.running = null));
    return this.running;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 && !this.signal.aborted) {
      const roots = this.queue;
      this.queue = [];
      let blocks: Generator<TextBlock> | null = null;
      const added: Mention[] = [];
      await runInSlices(() => {
        if (!blocks) {
          const root = roots.shift();
          if (!root) return this.flush(added);
          if (!root.isConnected) return true;
          blocks = textBlocks(root, this.ownHost(), (shadow) => this.adoptShadowRoot(shadow));
        }
        const next = blocks.next();
        if (next.done) blocks = null;
        else added.push(...this.scanBlock(next.value));
        if (added.length >= 256) this.flush(added);
        return true;
      }, this.signal);
    }
  }

  /** Paints what a slice found, in bulk. Returns false: nothing more to do for this batch. */
  private flush(added: Mention[]): false {
    const paint: StaticRange[] = [];
    for (const mention of added) {
      if (this.forgotten.has(mention)) continue; // its block was rescanned before this flush
      if (shouldMark(mention.topic.kind, this.gateOpen)) paint.push(mention.range);
      else this.pending.add(mention);
    }
    this.layer.addAll(paint);
    added.length = 0;
    return false;
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    this.onShadowRoot(shadow);
    this.queue.push(shadow);
  }

  /** Finds a block's mentions, replacing whatever was found in it before. */
  private scanBlock(block: TextBlock): Mention[] {
    this.forgetBlock(block.element);
    const found: Mention[] = [];
    let anchor = false;
    let coveredUntil = 0;
    for (let from = 0; from < block.text.length; from += WINDOW) {
      const to = Math.min(block.text.length, from + WINDOW + this.overlap);
      const result = this.matcher.findMentions(normalize(block.text.slice(from, to), this.fold));
      anchor ||= result.anchor;
      for (const { topic, start, end } of result.mentions) {
        // A match starting in the overlap belongs to the next window; one the
        // previous window already took is not found twice.
        if ((start >= WINDOW && to < block.text.length) || from + start < coveredUntil) continue;
        found.push(this.mentionAt(block, this.topics[topic]!, from + start, from + end));
        coveredUntil = from + end;
      }
    }
    if (found.length > 0) this.byBlock.set(block.element, found);
    for (const mention of found) {
      for (const node of nodesOf(mention.range)) {
        const list = this.byNode.get(node);
        if (list) list.push(mention);
        else this.byNode.set(node, [mention]);
      }
    }
    if (isAboutChinaUs({ kinds: found.map((m) => m.topic.kind), anchor })) this.openGate();
    return found;
  }

  private mentionAt(block: TextBlock, topic: Topic, start: number, end: number): Mention {
    const from = locate(block, start, false);
    const to = locate(block, end, true);
    const range = new StaticRange({
      startContainer: from.node,
      startOffset: from.offset,
      endContainer: to.node,
      endOffset: to.offset,
    });
    return { topic, range, block: block.element, text: block.text.slice(start, end) };
  }

  private openGate(): void {
    if (this.gateOpen) return;
    this.gateOpen = true;
    this.layer.addAll([...this.pending].map((m) => m.range));
    this.pending.clear();
  }

  private forgetBlock(element: Element): void {
    const old = this.byBlock.get(element);
    if (!old) return;
    this.byBlock.delete(element);
    this.layer.deleteAll(old.map((m) => m.range));
    for (const mention of old) {
      this.forgotten.add(mention);
      this.pending.delete(mention);
      for (const node of nodesOf(mention.range)) {
        const list = this.byNode.get(node)?.filter((m) => m !== mention);
        if (list?.length) this.byNode.set(node, list);
        else this.byNode.delete(node);
      }
    }
  }

  /** Forgets marks whose text left the page; rescans the blocks that changed. */
  refresh(changed: Iterable<Node>): Promise<void> {
    for (const element of [...this.byBlock.keys()]) if (!element.isConnected) this.forgetBlock(element);
    const roots = new Set<Node>();
    for (const node of changed) {
      if (!node.isConnected || isInsideSkipped(node, this.ownHost())) continue;
      if (node instanceof Element && isSkipped(node, this.ownHost())) continue;
      const block = node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE ? blockOf(node) : null;
      roots.add(block ?? node);
    }
    // Blocks whose text went away entirely are not met by the walk: forget them here.
    for (const root of roots) if (root instanceof Element && !/\S/.test(root.textContent ?? '')) this.forgetBlock(root);
    return this.scan(roots);
  }

  /** Mentions painted on a text node (for hit testing). */
  mentionsIn(node: Text): readonly Mention[] {
    return (this.byNode.get(node) ?? []).filter((m) => !this.pending.has(m));
  }

  /** Every painted mention, in document order. */
  paintedMentions(): Mention[] {
    const all = [...this.byBlock.values()].flat().filter((m) => !this.pending.has(m));
    return all.sort((a, b) => comparePoints(a.range, b.range));
  }

  get isAboutChinaUs(): boolean {
    return this.gateOpen;
  }
}

function nodesOf(range: StaticRange): Text[] {
  const start = range.startContainer as Text;
  const end = range.endContainer as Text;
  if (start === end) return [start];
  const nodes: Text[] = [start];
  const walker = start.ownerDocument.createTreeWalker(blockOf(start) ?? start.ownerDocument, NodeFilter.SHOW_TEXT);
  walker.currentNode = start;
  for (let node = walker.nextNode(); node && node !== end; node = walker.nextNode()) nodes.push(node as Text);
  nodes.push(end);
  return nodes;
}

function comparePoints(a: StaticRange, b: StaticRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const position = a.startContainer.compareDocumentPosition(b.startContainer);
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
