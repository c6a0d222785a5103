/**
 * Walking the page's text without changing it: text nodes grouped into blocks
 * (the nearest non-inline ancestor), so a term split across inline elements
 * (`<b>台湾</b>问题`, a link inside a sentence) is still one piece of text.
 */

import { TextFolder, type FoldTable, type Normalized } from '@/core/normalize';

export interface TextBlock {
  element: Element;
  /** The block's text nodes, in order… */
  nodes: Text[];
  /** …and where each one's first character sits in `text`. */
  starts: number[];
  /** The nodes' text joined (built on first read)… */
  readonly text: string;
  /** …and its length. */
  length: number;
  /**
   * The text folded for matching. From the walker this is transient: valid
   * only until it moves on, so work done later reads `text` instead.
   */
  folded: Normalized;
}

/**
 * Elements whose text is never the page's prose, or belongs to the user. By local name, which is
 * lower case in HTML and XHTML documents alike (`tagName` is upper case only in HTML ones).
 */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'canvas',
  'svg',
  'math',
]);

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  'rb',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/**
 * The elements that can host a shadow root, besides custom elements (a name with a hyphen):
 * https://dom.spec.whatwg.org/#valid-shadow-host-name. Others are not asked for one: reading
 * `shadowRoot` on every element of a long page is a DOM call each.
 */
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/** An element's open shadow root, if it is of a kind that can host one. */
export function shadowRootOf(element: Element, localName: string = element.localName): ShadowRoot | null {
  return SHADOW_HOSTS.has(localName) || localName.includes('-') ? element.shadowRoot : null;
}

export function isInline(element: Element): boolean {
  return INLINE.has(element.localName);
}

/** Skipped by its name alone (editing hosts and the card aside). */
export function isSkippedName(localName: string): boolean {
  return SKIPPED.has(localName);
}

export function isSkipped(element: Element, ownHost: Element | null): boolean {
  // Inline editing hosts too (<span contenteditable> in a comment box): whatever the user types is theirs.
  return SKIPPED.has(element.localName) || element === ownHost || isEditingHost(element);
}

/**
 * An element the user edits. Read from the attribute, not `isContentEditable`,
 * which forces a style recalculation for every element walked.
 */
export function isEditingHost(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false' && value.toLowerCase() !== 'inherit';
}

/** The element whose text a node's text belongs with: its nearest non-inline ancestor. */
export function blockOf(node: Node): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && isInline(element) && element.parentElement) element = element.parentElement;
  return element;
}

/** Whether a node sits inside something the scanner skips (or is detached). */
export function isInsideSkipped(node: Node, ownHost: Element | null): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) {
    if (isSkipped(element, ownHost)) return true;
  }
  return false;
}

/**
 * Blocks of text under `root`, in document order, one per `next()` call, so a
 * caller can stop between any two. Open shadow roots met on the way are
 * reported to `onShadowRoot` (to be walked and observed separately).
 *
 * Written for the hot path: no NodeFilter callback (calling into JS for every
 * node costs several times the walk itself), each node's text folded for
 * matching as it is read (no joined string unless someone asks for it), and
 * nothing kept for whitespace between blocks.
 */
export class TextBlockWalker {
  private readonly walker: TreeWalker;
  private readonly folder: TextFolder;
  private node: Node | null;
  private lastParent: Element | null = null;
  private lastBlock: Element | null = null;
  /** The block being gathered, and a text node read for the next one before the last was handed out. */
  private element: Element | null = null;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private carried: Text | null = null;

  constructor(
    private readonly root: Node,
    fold: FoldTable,
    private readonly ownHost: Element | null,
    private readonly onShadowRoot: (shadow: ShadowRoot) => void,
    /** Only the root's own text: nested blocks are left out (they did not change). */
    private readonly shallow = false,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.folder = new TextFolder(fold, 1024);
    this.node = this.walker.nextNode();
    // The walk starts below the root: a root that hosts a shadow tree (a widget added to the page) reports it here.
    const shadow = root.nodeType === 1 ? (root as Element).shadowRoot : null;
    if (shadow) onShadowRoot(shadow);
  }

  /** The next block with text in it (valid until the next call), or null when the walk is over. */
  next(): TextBlock | null {
    const { walker } = this;
    this.folder.reset();
    if (this.carried) this.add(this.carried);
    this.carried = null;
    let node = this.node;
    while (node) {
      if (node.nodeType === 1 /* element */) {
        const element = node as Element;
        const name = element.localName;
        if (
          SKIPPED.has(name) ||
          element === this.ownHost ||
          isEditingHost(element) ||
          (this.shallow && !INLINE.has(name))
        ) {
          node = nextOutside(walker, this.root);
          continue;
        }
        const shadow = shadowRootOf(element, name);
        if (shadow) this.onShadowRoot(shadow);
        node = walker.nextNode();
        continue;
      }
      const text = node as Text;
      node = walker.nextNode();
      const parent = text.parentElement;
      // Neighbouring text nodes usually share a parent: look the block up once.
      const block = parent === this.lastParent ? this.lastBlock : parent && blockOf(parent);
      this.lastParent = parent;
      this.lastBlock = block;
      if (!block) continue;
      if (block !== this.element) {
        const done = this.take(block);
        if (done) {
          this.node = node;
          this.carried = text;
          return done;
        }
      }
      this.add(text);
    }
    this.node = null;
    return this.take(null);
  }

  private add(text: Text): void {
    this.nodes.push(text);
    this.starts.push(this.folder.sourceLength);
    this.folder.append(text.data);
  }

  /** The gathered block if it has text to match (else it is dropped); gathering moves on to `next`. */
  private take(next: Element | null): TextBlock | null {
    const { element, nodes, starts, folder } = this;
    this.element = next;
    if (element && folder.finish().length > 0) {
      this.nodes = [];
      this.starts = [];
      return new WalkedBlock(element, nodes, starts, folder.sourceLength, folder);
    }
    this.nodes.length = 0;
    this.starts.length = 0;
    folder.reset();
    return null;
  }
}

/** A block as the walker hands it out: its text joined only if someone reads it. */
class WalkedBlock implements TextBlock {
  private joined: string | null = null;
  constructor(
    readonly element: Element,
    readonly nodes: Text[],
    readonly starts: number[],
    readonly length: number,
    readonly folded: Normalized,
  ) {}

  /**
   * Joined from the nodes on first read. Features read it while they scan the
   * block, in the task that walked it, so it is the text that was folded.
   */
  get text(): string {
    return (this.joined ??= this.nodes.map((node) => node.data).join(''));
  }
}

/** The first node after the walker's current node and its subtree (within `root`), or null. */
export function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    const parent = walker.parentNode();
    if (!parent || parent === root) return null;
  }
}

/** The index of the node holding a block offset; `end` prefers the end of the earlier node. */
function nodeAt(starts: readonly number[], offset: number, end: boolean): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid]!;
    if (start < offset || (!end && start === offset)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A StaticRange over [start, end) of a block's text: never mutates or tracks the page. */
export function rangeIn(block: TextBlock, start: number, end: number): StaticRange {
  const { nodes, starts } = block;
  const from = nodeAt(starts, start, false);
  const to = nodeAt(starts, end, true);
  const startNode = nodes[from]!;
  const endNode = nodes[to]!;
  return new StaticRange({
    startContainer: startNode,
    startOffset: Math.min(start - starts[from]!, startNode.data.length),
    endContainer: endNode,
    endOffset: Math.min(end - starts[to]!, endNode.data.length),
  });
}

/** The block's text over [start, end), from its one node when it lies in one (no joined string). */
export function textIn(block: TextBlock, start: number, end: number): string {
  const at = nodeAt(block.starts, start, false);
  const nodeStart = block.starts[at]!;
  const nodeEnd = at + 1 < block.starts.length ? block.starts[at + 1]! : block.length;
  if (end <= nodeEnd) return block.nodes[at]!.data.slice(start - nodeStart, end - nodeStart);
  return block.text.slice(start, end);
}
