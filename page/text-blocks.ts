/**
 * Walking the page's text without changing it: text nodes grouped into blocks
 * (the nearest non-inline ancestor), so a term split across inline elements
 * (`<b>台湾</b>问题`, a link inside a sentence) is still one piece of text.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the block's text. */
  start: number;
}

export interface TextBlock {
  element: Element;
  segments: TextSegment[];
  text: string;
}

/** Elements whose text is never the page's prose, or belongs to the user. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'svg',
  'math',
]);

const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'BR',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'RB',
  'RP',
  'RT',
  'RUBY',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

export function isInline(element: Element): boolean {
  return INLINE.has(element.tagName);
}

export function isSkipped(element: Element, ownHost: Element | null): boolean {
  const tag = element.tagName;
  // Editing hosts are blocks in practice; not asking every link and <b> saves a DOM call each.
  return SKIPPED.has(tag) || element === ownHost || (!INLINE.has(tag) && isEditingHost(element));
}

/**
 * An element the user edits. Read from the attribute, not `isContentEditable`,
 * which forces a style recalculation for every element walked.
 */
function isEditingHost(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
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
 * Blocks of text under `root`, in document order, lazily, so a caller can stop
 * between any two. Open shadow roots met on the way are reported to
 * `onShadowRoot` (to be walked and observed separately).
 */
export function* textBlocks(
  root: Node,
  ownHost: Element | null,
  onShadowRoot: (shadow: ShadowRoot) => void,
  /** Only the root's own text: nested blocks are left out (they did not change). */
  shallow = false,
): Generator<TextBlock> {
  const doc = root.ownerDocument ?? (root as Document);
  // No NodeFilter callback: calling into JS for every node costs several times the walk itself.
  // Skipped subtrees are stepped over by hand instead.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let current: TextBlock | null = null;
  let lastParent: Element | null = null;
  let lastBlock: Element | null = null;
  for (let node = walker.nextNode(); node;) {
    if (node.nodeType === 1 /* element */) {
      const element = node as Element;
      if (isSkipped(element, ownHost) || (shallow && !isInline(element))) {
        node = nextOutside(walker, root);
        continue;
      }
      if (element.shadowRoot) onShadowRoot(element.shadowRoot);
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    node = walker.nextNode();
    const parent = text.parentElement;
    if (!parent) continue;
    // Neighbouring text nodes usually share a parent: look the block up once.
    const block: Element | null = parent === lastParent ? lastBlock : blockOf(text);
    lastParent = parent;
    lastBlock = block;
    if (!block) continue;
    if (current && current.element !== block) {
      if (/\S/.test(current.text)) yield current;
      current = null;
    }
    current ??= { element: block, segments: [], text: '' };
    current.segments.push({ node: text, start: current.text.length });
    current.text += text.data;
  }
  if (current && /\S/.test(current.text)) yield current;
}

/** The first node after the walker's current node and its subtree (within `root`), or null. */
function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    const parent = walker.parentNode();
    if (!parent || parent === root) return null;
  }
}

/** The text node and offset of a block offset; `end` prefers the end of the earlier node. */
export function locate(block: TextBlock, offset: number, end: boolean): { node: Text; offset: number } {
  const { segments } = block;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = segments[mid]!.start;
    if (start < offset || (!end && start === offset)) low = mid;
    else high = mid - 1;
  }
  const segment = segments[low]!;
  return { node: segment.node, offset: Math.min(offset - segment.start, segment.node.data.length) };
}

/** A StaticRange over [start, end) of a block's text: never mutates or tracks the page. */
export function rangeIn(block: TextBlock, start: number, end: number): StaticRange {
  const from = locate(block, start, false);
  const to = locate(block, end, true);
  return new StaticRange({
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  });
}
