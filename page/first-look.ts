/**
 * The content script's first stage: reads the page's text through the sieve (core/sieve.ts) in
 * slices, then keeps reading what the page adds or changes, until something could be marked —
 * and tells the caller once. Nothing else: no style, no highlight, nothing the page can see.
 */
import type { TopicSieve } from '@/core/sieve';
import { runInSlices, type StepResult } from './slices';
import { blockOf, isInline, isSkippedName, nextOutside, shadowRootOf } from './text-blocks';

/** Text is tested in pieces of about this length (a multi-megabyte text node stays out of one slice)… */
const CHUNK = 32_768;
/**
 * …the first ones shorter, growing: a page that names a topic near its start (most that name one)
 * is known to after a few paragraphs rather than after 32,000 characters.
 */
const FIRST_CHUNK = 1024;
/** …each beginning with the end of the last, so that no term is cut in two. */
const OVERLAP = 256;
/** Changes are read in batches, as the page observer batches them for the scanner. */
const BATCH_MS = 50;

export interface FirstLook {
  /** Resolves when the sieve first finds something (never, on a page with nothing to mark). */
  found: Promise<void>;
}

export function firstLook(sieve: TopicSieve, signal: AbortSignal, diagnostics: boolean | Promise<boolean>): FirstLook {
  let report!: () => void;
  const found = new Promise<void>((resolve) => (report = resolve));
  const queue: Node[] = [];
  const queued = new Set<Node>();
  const shadows = new Set<ShadowRoot>();
  let root: Node | null = null;
  let walker: TreeWalker | null = null;
  let node: Node | null = null;
  let text = '';
  let offset = 0;
  /** Text read and not yet tested. */
  let parts: string[] = [];
  let pending = 0;
  let carry = '';
  let seen = false;
  let chunk = FIRST_CHUNK;
  const test = () => {
    const joined = carry + parts.join('');
    parts = [];
    pending = 0;
    chunk = Math.min(CHUNK, 2 * chunk);
    carry = joined.slice(-OVERLAP);
    if (sieve.test(joined)) seen = true;
  };
  const read = (piece: string) => {
    parts.push(piece);
    pending += piece.length;
    return pending >= chunk ? (test(), 'heavy' as const) : ('light' as const);
  };
  let running = false;
  let timer = 0;

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') touch(record.target);
      else for (const added of record.addedNodes) touch(added);
    }
    if (!timer && !running) timer = window.setTimeout(drain, BATCH_MS);
  });
  /** A change: an added block is read whole, changed or added text with the rest of its block. */
  const touch = (changed: Node) => {
    const element = changed.nodeType === 1 ? (changed as Element) : null;
    const at = element && !isInline(element) ? element : blockOf(changed);
    if (at && !queued.has(at)) {
      queued.add(at);
      queue.push(at);
    }
  };
  const observe = (target: Node) => observer.observe(target, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    queue.length = 0;
    queued.clear();
  };
  signal.addEventListener('abort', stop, { once: true });

  const step = (): StepResult => {
    if (seen || signal.aborted) return 'done';
    if (offset < text.length) return read(text.slice(offset, (offset += CHUNK)));
    if (!walker || !node) {
      root = queue.shift() ?? null;
      if (!root) {
        if (pending > 0) test();
        return 'done';
      }
      queued.delete(root);
      // Text the scanner never reads: in <head>, or a changed <style> or <script>.
      const skipped = root.nodeType === 1 && isSkippedName((root as Element).localName);
      if (!root.isConnected || skipped || document.head?.contains(root)) {
        walker = null;
        return 'light';
      }
      walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      node = root.nodeType === 3 ? root : walker.nextNode();
      if (root.nodeType === 1) adopt((root as Element).shadowRoot);
      return 'light';
    }
    const current = node;
    if (current.nodeType === 1) {
      const element = current as Element;
      const name = element.localName;
      if (isSkippedName(name)) {
        node = nextOutside(walker, root!);
        return 'light';
      }
      adopt(shadowRootOf(element, name));
      node = walker.nextNode();
      return 'light';
    }
    node = root === current ? null : walker.nextNode();
    const data = (current as Text).data;
    if (data.length <= CHUNK) return read(data);
    text = data;
    offset = 0;
    return 'light';
  };
  const adopt = (shadow: ShadowRoot | null) => {
    if (!shadow || shadows.has(shadow)) return;
    shadows.add(shadow);
    queue.push(shadow);
    observe(shadow);
  };

  async function drain(): Promise<void> {
    timer = 0;
    running = true;
    await runInSlices(step, signal, undefined, diagnostics);
    running = false;
    if (signal.aborted) return;
    if (seen) {
      stop();
      report();
    } else if (queue.length > 0) timer = window.setTimeout(drain, BATCH_MS);
  }

  if (!signal.aborted) {
    observe(document.documentElement);
    queue.push(document.body ?? document.documentElement);
    void drain();
  }
  return { found };
}
