/**
 * What the reader can see. Checked only for blocks that have something to
 * mark (matches are rare), never per node of the walk: a block hidden at scan
 * time is remembered, so that showing it later (a "read more" that removes
 * `hidden`, a class change) gets its marks then.
 */

/** Rendered and not `visibility: hidden` (display:none and `hidden` on it or an ancestor, closed <details>). */
export function isShown(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return true;
  return element.checkVisibility({ visibilityProperty: true });
}

export class Visibility {
  /** Blocks that held something to mark that the reader could not see. */
  private readonly hidden = new Set<Element>();

  /**
   * Whether text of `block` at `node` is shown; remembers the block when it is not.
   * `node`'s own element is asked too when it is an inline element inside the block.
   */
  shown(block: Element, node: Node): boolean {
    const parent = node.parentElement;
    const shown = isShown(block) && (!parent || parent === block || isShown(parent));
    if (!shown) this.hidden.add(block);
    return shown;
  }

  forget(block: Element): void {
    this.hidden.delete(block);
  }

  /** Cheap: whether any block waits to be shown (most pages: none, so style changes are ignored). */
  get waiting(): boolean {
    return this.hidden.size > 0;
  }

  /**
   * Hidden blocks that a change to `element`'s class, style or `hidden` may have shown: those
   * inside it that are now shown, and the one it sits in (an inline element shown inside it).
   */
  revealedBy(element: Element): Element[] {
    const revealed: Element[] = [];
    for (const block of this.hidden) {
      if (!block.isConnected) this.hidden.delete(block);
      else if ((element.contains(block) || block.contains(element)) && isShown(block)) revealed.push(block);
    }
    return revealed;
  }
}
