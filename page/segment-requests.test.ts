import { afterEach, describe, expect, it, vi } from 'vitest';
import { fold, patterns } from '../data';
import { straddlingIn, type SegmentationWindow, type Segmenter } from '../core/boundaries';
import { MentionMatcher } from '../core/matcher';
import { normalize } from '../core/normalize';
import { ANSWER_TIMEOUT_MS, MAX_ASKED_WINDOWS, SegmentRequests } from './segment-requests';

const zh = new Intl.Segmenter('zh', { granularity: 'word' });
const segment: Segmenter = (text) => zh.segment(text);
/** The background's answer, as entrypoints/background gives it. */
const answer = (windows: SegmentationWindow[]) =>
  Promise.resolve(windows.map((around) => straddlingIn(around, segment)));
/** A block: only its identity and `isConnected` are read. */
const block = () => ({ isConnected: true }) as unknown as Element;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A page of blocks, each matched through the requests as the mention layer does. */
function page(ask: (windows: SegmentationWindow[]) => Promise<unknown>) {
  const rematched: Element[][] = [];
  let locals = 0;
  const requests = new SegmentRequests(
    fold,
    ask,
    () => (locals++, segment),
    (blocks) => rematched.push(blocks),
    new AbortController().signal,
  );
  const matcher = new MentionMatcher(patterns, requests.rule);
  const match = (at: Element, text: string) => {
    requests.matching(at);
    const terms = matcher.findMentions(normalize(text, fold)).mentions.map((m) => text.slice(m.start, m.end));
    requests.matching(null);
    return terms;
  };
  return { match, rematched, locals: () => locals };
}

afterEach(() => vi.useRealTimers());

describe('SegmentRequests', () => {
  it('matches again every block that met a window, also one that met it while the answer was out', async () => {
    const asked: SegmentationWindow[][] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { match, rematched } = page(async (windows) => {
      asked.push(windows);
      await held;
      return answer(windows);
    });
    const [first, second] = [block(), block()];
    // 美国人权 / 中国人权: the segmenter decides whether 人权 stands as a word here.
    expect(match(first, '他说美国人权状况堪忧')).toEqual([]);
    await settle(); // the first message is out
    expect(match(second, '他说美国人权状况堪忧')).toEqual([]);
    await settle();
    expect(asked).toHaveLength(1); // the same window is not asked twice
    release();
    await settle();
    await settle();
    expect(rematched).toEqual([[first, second]]);
    expect(match(second, '他说美国人权状况堪忧')).toEqual(['人权']);
  });

  it('decides in the page when the background fails, answers nonsense, or is too slow', async () => {
    for (const ask of [
      () => Promise.reject(new Error('Could not establish connection')),
      () => Promise.resolve([['人权', 42]]),
      () => new Promise(() => {}),
    ]) {
      vi.useFakeTimers();
      const { match, rematched, locals } = page(ask);
      const at = block();
      match(at, '他说美国人权状况堪忧');
      await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS + 1);
      expect(rematched).toEqual([[at]]);
      expect(locals()).toBe(1);
      expect(match(at, '他说美国人权状况堪忧')).toEqual(['人权']);
      vi.useRealTimers();
    }
  });

  it('stops asking for a block matched again twice, and for a page that asked too much', async () => {
    // However the answers get lost (evicted from the rule's memo before the block is matched again,
    // or a block the page keeps rewriting), a block waits for at most two rounds.
    const { match, rematched, locals } = page(answer);
    const at = block();
    for (const neighbour of ['美', '英']) {
      expect(match(at, `他说${neighbour}国人权状况堪忧`)).toEqual([]);
      await settle();
      await settle();
    }
    expect(rematched).toEqual([[at], [at]]);
    expect(locals()).toBe(0);
    expect(match(at, '他说法国人权状况堪忧')).toEqual(['人权']);
    expect(locals()).toBe(1);

    const greedy = page(() => new Promise(() => {}));
    const many = block();
    for (let i = 0; i < MAX_ASKED_WINDOWS; i++) greedy.match(many, `${String.fromCharCode(0x4e00 + i)}国人权状`);
    expect(greedy.locals()).toBe(0);
    expect(greedy.match(many, '他说美国人权状况堪忧')).toEqual(['人权']);
    expect(greedy.locals()).toBe(1);
  });

  it('decides a window too long to send in the page (characters the fold drops inside a term)', () => {
    const { match, locals } = page(() => new Promise(() => {}));
    expect(match(block(), '他说美国人\u200b\u200b\u200b\u200b权状况堪忧')).toEqual(['人\u200b\u200b\u200b\u200b权']);
    expect(locals()).toBe(1);
  });
});
