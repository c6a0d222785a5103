/**
 * The relevance gate: specific topics are always marked; general topics only
 * on pages about China–US relations (a specific topic or an anchor appears).
 */
import type { TopicKind } from './types';

export interface GateInput {
  /** Kinds of the topics found on the page so far. */
  kinds: Iterable<TopicKind>;
  /** Whether an anchor (中美, U.S.-China …) occurs on the page. */
  anchor: boolean;
}

export function isAboutChinaUs({ kinds, anchor }: GateInput): boolean {
  if (anchor) return true;
  for (const kind of kinds) if (kind === 'specific') return true;
  return false;
}

export function shouldMark(kind: TopicKind, pageIsAboutChinaUs: boolean): boolean {
  return kind === 'specific' || pageIsAboutChinaUs;
}
