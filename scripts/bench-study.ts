/**
 * Where the scanning time goes: the scanner's own modules, bundled and run in a
 * plain page (no extension), one stage more each time, on a freshly loaded page.
 * The stages are cumulative, so each row's growth is what that stage costs.
 */
import { fold, patterns } from '../data';
import { MentionMatcher } from '../core/matcher';
import { rangeIn, TextBlockWalker } from '../page/text-blocks';

export type StudyStage = 'blocks' | 'match' | 'marks';

function study(stage: StudyStage): { ms: number; blocks: number; mentions: number } {
  // Built before the clock starts, as the content script builds it before scanning.
  const matcher = stage === 'blocks' ? null : new MentionMatcher(patterns);
  const started = performance.now();
  const ranges: StaticRange[] = [];
  let blocks = 0;
  let mentions = 0;
  const walker = new TextBlockWalker(document.body, fold, null, () => {});
  for (let block = walker.next(); block; block = walker.next()) {
    blocks++;
    if (!matcher) continue;
    for (const { start, end } of matcher.findMentions(block.folded).mentions) {
      mentions++;
      if (stage === 'marks') ranges.push(rangeIn(block, start, end));
    }
  }
  if (stage === 'marks') CSS.highlights.set('study', new Highlight(...ranges));
  return { ms: performance.now() - started, blocks, mentions };
}

(globalThis as unknown as { yuanwenStudy: typeof study }).yuanwenStudy = study;
