/**
 * Watches the page for late content and changed text, batching records so a
 * page that rewrites text every few milliseconds costs one rescan per batch.
 */

export interface PageObserverOptions {
  /** Called with the nodes whose text may have changed (deduplicated). */
  onChange: (nodes: Set<Node>) => void;
  ignore: (node: Node) => boolean;
  /** Quiet time before a batch is handled, and the longest a batch may wait. */
  debounceMs: number;
  maxWaitMs: number;
  signal: AbortSignal;
}

export class PageObserver {
  private readonly observer: MutationObserver;
  private pending = new Set<Node>();
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
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  private collect(records: MutationRecord[]): void {
    const { ignore } = this.options;
    for (const record of records) {
      if (ignore(record.target)) continue;
      if (record.type === 'characterData') {
        this.pending.add(record.target);
        continue;
      }
      let relevant = false;
      for (const node of record.addedNodes) {
        if (ignore(node)) continue;
        this.pending.add(node);
        relevant = true;
      }
      // Removed text changes the block it was in.
      if (relevant || [...record.removedNodes].some((node) => !ignore(node))) this.pending.add(record.target);
    }
    if (this.pending.size === 0) return;
    const now = performance.now();
    if (!this.timer) this.firstPendingAt = now;
    window.clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.options.debounceMs, this.firstPendingAt + this.options.maxWaitMs - now));
    this.timer = window.setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = 0;
    const nodes = this.pending;
    this.pending = new Set();
    this.options.onChange(nodes);
  }
}
