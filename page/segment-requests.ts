/**
 * The word segmenter's answers, asked of the background rather than made in the page: creating an
 * `Intl.Segmenter` for words loads ICU's word rules and CJK dictionary into the page's process,
 * 45 to 95 ms of its main thread in Chromium 156, while the background keeps one for the whole
 * session. A match that needs the segmenter is turned down until the answer comes
 * (core/boundaries.ts); every block that met the window is then matched again.
 *
 * The page's own segmenter decides instead when the background does not answer (in time, or
 * validly), for a window too long to send, for a block matched again twice already, and once a
 * page has asked for many windows: nothing a page writes can keep a mark waiting for ever, nor
 * keep the background busy for other tabs.
 */
import {
  BoundaryRule,
  MAX_WINDOW,
  straddlingIn,
  windowKey,
  type SegmentationWindow,
  type Segmenter,
} from '@/core/boundaries';
import { MAX_SEGMENT_WINDOWS } from '@/core/messages';
import type { FoldTable } from '@/core/normalize';

/** Asks the background; resolves with one list of straddling words per window (checked here). */
export type AskSegmenter = (windows: SegmentationWindow[]) => Promise<unknown>;

/** An answer not back by then is given up on (the page's segmenter decides). */
export const ANSWER_TIMEOUT_MS = 2000;
/** Windows a page may ask the background for in all; past that, the page's own segmenter decides. */
export const MAX_ASKED_WINDOWS = 5000;
/** Times a block is matched again for answers before its windows are decided in the page. */
const REMATCHES_PER_BLOCK = 2;

interface Waiting {
  around: SegmentationWindow;
  blocks: Set<Element>;
  sent: boolean;
}

export class SegmentRequests {
  readonly rule: BoundaryRule;
  /** Windows asked and not yet answered, by key, with the blocks that met them. */
  private readonly waiting = new Map<string, Waiting>();
  private readonly rematched = new WeakMap<Element, number>();
  private current: Element | null = null;
  private scheduled = false;
  private askedCount = 0;
  private local: Segmenter | null = null;

  constructor(
    fold: FoldTable,
    private readonly ask: AskSegmenter,
    /** The page's own segmenter, made only when one is needed here. */
    private readonly makeLocal: () => Segmenter,
    /** Matches the mentions in these blocks again, now that their windows are decided. */
    private readonly rematch: (blocks: Element[]) => void,
    private readonly signal: AbortSignal,
  ) {
    this.rule = new BoundaryRule(fold, { ask: (around) => this.asked(around) });
  }

  /** The block whose text is being matched: a window met now is waited for by that block. */
  matching(block: Element | null): void {
    this.current = block;
  }

  private asked(around: SegmentationWindow): readonly string[] | null {
    const block = this.current;
    const exhausted = block !== null && (this.rematched.get(block) ?? 0) >= REMATCHES_PER_BLOCK;
    if (exhausted || around.text.length > MAX_WINDOW || this.askedCount >= MAX_ASKED_WINDOWS) {
      return this.decideHere(around);
    }
    const key = windowKey(around);
    let entry = this.waiting.get(key);
    if (!entry) {
      this.waiting.set(key, (entry = { around, blocks: new Set(), sent: false }));
      this.askedCount++;
    }
    if (block) entry.blocks.add(block);
    if (!entry.sent && !this.scheduled) {
      this.scheduled = true;
      // After the scan's slice: every window it met goes in one message.
      queueMicrotask(() => void this.send());
    }
    return null;
  }

  private decideHere(around: SegmentationWindow): string[] {
    return straddlingIn(around, (this.local ??= this.makeLocal()));
  }

  private async send(): Promise<void> {
    this.scheduled = false;
    const entries = [...this.waiting.values()].filter((entry) => !entry.sent);
    for (const entry of entries) entry.sent = true;
    for (let at = 0; at < entries.length; at += MAX_SEGMENT_WINDOWS) {
      const batch = entries.slice(at, at + MAX_SEGMENT_WINDOWS);
      const reply = await this.askInTime(batch.map((entry) => entry.around));
      if (this.signal.aborted) return;
      const answers = validAnswers(reply, batch.length);
      const blocks = new Set<Element>();
      batch.forEach((entry, index) => {
        this.rule.learn(entry.around, answers[index] ?? this.decideHere(entry.around));
        this.waiting.delete(windowKey(entry.around));
        for (const block of entry.blocks) blocks.add(block);
      });
      const connected = [...blocks].filter((block) => block.isConnected);
      for (const block of connected) this.rematched.set(block, (this.rematched.get(block) ?? 0) + 1);
      if (connected.length > 0) this.rematch(connected);
    }
  }

  /** The background's reply, or undefined if it failed or took longer than ANSWER_TIMEOUT_MS. */
  private askInTime(windows: SegmentationWindow[]): Promise<unknown> {
    // The timer is left to fire: resolving a race already decided does nothing.
    const late = new Promise<undefined>((resolve) => setTimeout(resolve, ANSWER_TIMEOUT_MS));
    return Promise.race([this.ask(windows).catch(() => undefined), late]);
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
