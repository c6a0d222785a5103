/**
 * Hover without wrappers: pointer position → caret (caretPositionFromPoint, or
 * caretRangeFromPoint) → the mention containing that offset → confirm the
 * pointer is inside one of the mention's client rects (a caret is also found
 * beside text, in padding or at a line's end, where nothing is hovered).
 */

export interface Caret {
  node: Node;
  offset: number;
}

interface CaretPositionDocument {
  caretPositionFromPoint?(
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ): { offsetNode: Node; offset: number } | null;
}

export function caretFromPoint(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): Caret | null {
  const withPosition = doc as Document & CaretPositionDocument;
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Whether a caret in `node` at `offset` falls within the range (ends included). */
export function rangeContainsCaret(range: AbstractRange, node: Node, offset: number): boolean {
  if (node === range.startContainer && offset < range.startOffset) return false;
  if (node === range.endContainer && offset > range.endOffset) return false;
  if (node === range.startContainer || node === range.endContainer) return true;
  const afterStart = range.startContainer.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING;
  const beforeEnd = range.endContainer.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING;
  return !!afterStart && !!beforeEnd;
}

export function liveRange(range: AbstractRange): Range | null {
  try {
    const live = range.startContainer.ownerDocument!.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return null; // the text changed under a stale range
  }
}

export function pointInRects(rects: Iterable<DOMRect>, x: number, y: number, slop = 1): boolean {
  for (const rect of rects) {
    if (x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop) return true;
  }
  return false;
}

/** The item (a mention or a quote) under the pointer, if any. */
export function itemAtPoint<T extends { range: AbstractRange }>(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
  itemsNear: (node: Text) => readonly T[],
): T | null {
  const caret = caretFromPoint(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  for (const item of itemsNear(caret.node as Text)) {
    if (!rangeContainsCaret(item.range, caret.node, caret.offset)) continue;
    const range = liveRange(item.range);
    if (range && pointInRects(range.getClientRects(), x, y)) return item;
  }
  return null;
}
