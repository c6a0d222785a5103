/**
 * Watches the page for late content and changed text, batching records so a
 * page that rewrites text every few milliseconds costs one rescan per batch.
 */

import { isInline } from './text-blocks';

/** Text, or an inline element: part of its parent block's own text. */
function carriesInlineText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && isInline(node as Element));
}

export interface PageChanges {
  /** Added nodes: scanned in full. */
  added: Set<Node>;
  /** Text nodes that changed, and parents that lost or gained children: their block's own text is rescanned. */
  changed: Set<Node>;
  /** Something left the page: marks whose text went with it are forgotten. */
  removed: boolean;
  /** Elements whose `contenteditable` changed: editable text loses its marks, text no longer editable gets them. */
  editable: Set<Element>;
  /** Elements whose class, style, `hidden` or `open` changed, where that may show hidden text with marks. */
  restyled: Set<Element>;
}

/** Attributes that make text editable, or show or hide it. */
const WATCHED_ATTRIBUTES = ['contenteditable', 'class', 'style', 'hidden', 'open'];

function noChanges(): PageChanges {
  return { added: new Set(), changed: new Set(), removed: false, editable: new Set(), restyled: new Set() };
}

export interface PageObserverOptions {
  /** Called with the nodes added to the page, and the nodes whose own text changed. */
  onChange: (changes: PageChanges) => void;
  ignore: (node: Node) => boolean;
  /**
   * The cheap filter for class, style, `hidden` and `open` changes (pages toggle classes all the
   * time): whether any text with marks is waiting to be shown at all.
   */
  watchStyle: () => boolean;
  /**
   * The blocks a class, style or `hidden` change may change for a reader of quotations (a cheap
   * filter: only blocks that hold quotations, never a rescan of the page): their text is checked again.
   */
  attributeTargets?: (element: Element) => Iterable<Node>;
  /** Quiet time before a batch is handled, and the longest a batch may wait. */
  debounceMs: number;
  maxWaitMs: number;
  signal: AbortSignal;
}

export class PageObserver {
  private readonly observer: MutationObserver;
  private pending: PageChanges = noChanges();
  private timer = 0;
  private firstPendingAt = 0;

  constructor(private readonly options: PageObserverOptions) {
    this.observer = new MutationObserver((records) => this.collect(records));
    options.signal.addEventListener('abort', () => {
      this.observer.disconnect();
      window.clearTimeout(this.timer);
    });
  }

  observe(target: Node): void {
    this.observer.observe(target, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
  }

  private collect(records: MutationRecord[]): void {
    const { ignore } = this.options;
    for (const record of records) {
      if (ignore(record.target)) continue;
      if (record.type === 'characterData') {
        this.pending.changed.add(record.target);
        continue;
      }
      if (record.type === 'attributes') {
        const element = record.target as Element;
        if (record.attributeName === 'contenteditable') {
          this.pending.editable.add(element);
          continue;
        }
        if (this.options.watchStyle()) this.pending.restyled.add(element);
        if (record.attributeName !== 'open') {
          for (const node of this.options.attributeTargets?.(element) ?? []) this.pending.changed.add(node);
        }
        continue;
      }
      // Text or inline markup added or removed changes the target's own text; added or
      // removed blocks do not (they are scanned in full, or forgotten, on their own).
      let ownTextChanged = false;
      for (const node of record.addedNodes) {
        if (ignore(node)) continue;
        this.pending.added.add(node);
        ownTextChanged ||= carriesInlineText(node);
      }
      for (const node of record.removedNodes) {
        if (ignore(node)) continue;
        this.pending.removed = true;
        ownTextChanged ||= carriesInlineText(node);
      }
      if (ownTextChanged) this.pending.changed.add(record.target);
    }
    const { added, changed, removed, editable, restyled } = this.pending;
    if (added.size + changed.size + editable.size + restyled.size === 0 && !removed) return;
    const now = performance.now();
    if (!this.timer) this.firstPendingAt = now;
    window.clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.options.debounceMs, this.firstPendingAt + this.options.maxWaitMs - now));
    this.timer = window.setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = 0;
    const changes = this.pending;
    this.pending = noChanges();
    this.options.onChange(changes);
  }
}
