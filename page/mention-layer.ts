/** Topic mentions: matched per block (in windows, for huge blocks) and painted as `yuanwen-mention`. */
import type { MentionMatcher } from '@/core/matcher';
import { normalizeTransient, type FoldTable, type Normalized } from '@/core/normalize';
import { isAboutChinaUs, shouldMark } from '@/core/relevance';
import type { GeneralTopicsMode, HighlightStyle } from '@/core/settings';
import type { Topic } from '@/core/types';
import type { BlockFeature } from './block-scanner';
import { ItemRegistry } from './item-registry';
import { isMainText } from './main-text';
import type { PaintWindow } from './paint-window';
import type { RelevanceGate } from './relevance-gate';
import { rangeIn, textIn, type TextBlock } from './text-blocks';
import { Visibility } from './visibility';

export const MENTION_HIGHLIGHT = 'yuanwen-mention';
/** Added under the mention highlight when the user prefers a tint. */
export const MENTION_TINT_HIGHLIGHT = 'yuanwen-mention-tint';

export interface Mention {
  kind: 'mention';
  topic: Topic;
  range: StaticRange;
  block: Element;
  /** The words as the page writes them. */
  text: string;
}

/** Long blocks are matched in windows so no single unit of work runs long. */
const WINDOW = 4096;

export class MentionLayer implements BlockFeature {
  readonly registry: ItemRegistry<Mention>;
  private readonly overlap: number;
  private readonly mainText = new WeakMap<Element, boolean>();

  constructor(
    private readonly matcher: MentionMatcher,
    private readonly topics: readonly Topic[],
    private readonly fold: FoldTable,
    private readonly gate: RelevanceGate,
    options: { generalTopics: GeneralTopicsMode; highlightStyle: HighlightStyle },
    signal: AbortSignal,
    private readonly visibility = new Visibility(),
    beforePaint?: () => void,
    paintWindow?: PaintWindow,
    /** Told which block is being matched (a boundary the segmenter decides is asked for that block). */
    private readonly onMatching: (block: Element | null) => void = () => {},
  ) {
    const layers =
      options.highlightStyle === 'off'
        ? []
        : options.highlightStyle === 'tint'
          ? [MENTION_HIGHLIGHT, MENTION_TINT_HIGHLIGHT]
          : [MENTION_HIGHLIGHT];
    this.registry = new ItemRegistry<Mention>(
      layers,
      () => layers,
      (mention) =>
        shouldMark(
          mention.topic.kind,
          options.generalTopics === 'always' || (options.generalTopics === 'auto' && gate.isOpen),
        ),
      signal,
      visibility,
      beforePaint,
      paintWindow,
    );
    gate.onOpen(() => this.registry.release());
    this.overlap = 2 * Math.max(...matcher.patterns.map((p) => p.text.length)) + 16;
  }

  scanBlock(block: TextBlock, later: (() => void)[]): void {
    const { length } = block;
    if (length <= WINDOW) {
      this.register(block, block.folded, 0, 0);
      return;
    }
    // A match starting in a window's overlap belongs to the next window; one the
    // previous window already took is not found twice.
    const { text } = block; // read now: the walker's fold of the block does not last
    let coveredUntil = 0;
    for (let from = 0; from < length; from += WINDOW) {
      later.push(() => {
        const to = Math.min(length, from + WINDOW + this.overlap);
        const window = normalizeTransient(text.slice(from, to), this.fold);
        coveredUntil = this.register(block, window, from, coveredUntil, to < length ? WINDOW : Infinity);
      });
    }
  }

  /**
   * Registers the mentions in `folded` (the block's text from `from` on) that
   * start before `ownLength` and not before `coveredUntil`; returns where the last one ends.
   */
  private register(
    block: TextBlock,
    folded: Normalized,
    from: number,
    coveredUntil: number,
    ownLength = Infinity,
  ): number {
    this.onMatching(block.element);
    const result = this.matcher.findMentions(folded, !this.gate.isOpen);
    this.onMatching(null);
    let found: Mention[] | null = null;
    for (const { topic, start, end } of result.mentions) {
      if (start >= ownLength || from + start < coveredUntil) continue;
      (found ??= []).push({
        kind: 'mention',
        topic: this.topics[topic]!,
        range: rangeIn(block, from + start, from + end),
        block: block.element,
        text: textIn(block, from + start, from + end),
      });
      coveredUntil = from + end;
    }
    if (found) this.registry.add(found);
    // Text the reader cannot see (the registry drops it when painting) does not open the gate either.
    const gateShut = !this.gate.isOpen && (found || result.anchor);
    if (
      gateShut &&
      isAboutChinaUs({ kinds: found?.map((m) => m.topic.kind) ?? [], anchor: result.anchor }) &&
      this.visibility.shown(block.element, block.nodes[0]!) &&
      this.isMainText(block)
    ) {
      this.gate.open();
    }
    return coveredUntil;
  }

  /** Asked once per block while the gate is shut (a huge block comes in many windows). */
  private isMainText(block: TextBlock): boolean {
    let main = this.mainText.get(block.element);
    if (main === undefined) this.mainText.set(block.element, (main = isMainText(block)));
    return main;
  }

  forgetBlock(element: Element): void {
    this.registry.forgetBlock(element);
    this.mainText.delete(element);
  }

  flush(): boolean {
    return this.registry.flush();
  }
}
