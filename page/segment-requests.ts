/**
 * The word segmenter's answers, asked of the background rather than made in the page: creating an
 * `Intl.Segmenter` for words loads ICU's word rules and CJK dictionary into the page's process,
 * 45 to 95 ms of its main thread in Chromium 156 (measured in scripts/bench-load.ts's pages),
 * while the background keeps one for the whole session. A match that needs the segmenter is turned
 * down until the answer comes (core/boundaries.ts); the blocks it was met in are then matched again.
 */
import { BoundaryRule, straddlingIn, type SegmentationWindow, type Segmenter } from '@/core/boundaries';
import { MAX_SEGMENT_WINDOWS } from '@/core/messages';
import type { FoldTable } from '@/core/normalize';

/** Asks the background; resolves with one list of straddling words per window, or undefined if it could not. */
export type AskSegmenter = (windows: SegmentationWindow[]) => Promise<unknown>;

export class SegmentRequests {
  readonly rule: BoundaryRule;
  private waiting: SegmentationWindow[] = [];
  private blocks = new Set<Element>();
  private current: Element | null = null;
  private scheduled = false;
  private local: Segmenter | null = null;

  constructor(
    fold: FoldTable,
    private readonly ask: AskSegmenter,
    /** The page's own segmenter, made only if the background does not answer. */
    private readonly makeLocal: () => Segmenter,
    /** Matches the mentions in these blocks again, now that their windows are decided. */
    private readonly rematch: (blocks: Element[]) => void,
    private readonly signal: AbortSignal,
  ) {
    this.rule = new BoundaryRule(fold, { ask: (window) => this.asked(window) });
  }

  /** The block whose text is being matched: a window asked now is asked for it. */
  matching(block: Element | null): void {
    this.current = block;
  }

  private asked(window: SegmentationWindow): void {
    this.waiting.push(window);
    if (this.current) this.blocks.add(this.current);
    if (this.scheduled) return;
    this.scheduled = true;
    // After the scan's slice: every window it met goes in one message.
    queueMicrotask(() => void this.send());
  }

  private async send(): Promise<void> {
    this.scheduled = false;
    const windows = this.waiting;
    const blocks = this.blocks;
    this.waiting = [];
    this.blocks = new Set();
    const answers: (readonly string[] | null)[] = [];
    for (let at = 0; at < windows.length; at += MAX_SEGMENT_WINDOWS) {
      const batch = windows.slice(at, at + MAX_SEGMENT_WINDOWS);
      answers.push(...validAnswers(await this.ask(batch).catch(() => undefined), batch.length));
    }
    if (this.signal.aborted) return;
    windows.forEach((window, index) => {
      // The background did not answer (being updated, or gone): the page's own segmenter decides.
      const words = answers[index] ?? straddlingIn(window, (this.local ??= this.makeLocal()));
      this.rule.learn(window, words);
    });
    const connected = [...blocks].filter((block) => block.isConnected);
    if (connected.length > 0) this.rematch(connected);
  }
}

/** The reply as lists of words, one per window; a list that is not one is null. */
function validAnswers(reply: unknown, count: number): (readonly string[] | null)[] {
  const lists = Array.isArray(reply) && reply.length === count ? (reply as unknown[]) : [];
  return Array.from({ length: count }, (_, i) => {
    const words = lists[i];
    return Array.isArray(words) && words.every((word) => typeof word === 'string') ? (words as string[]) : null;
  });
}
