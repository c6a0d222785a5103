/**
 * The generated index, typed. Built by data/build/index.ts (`npm run index`);
 * import from here rather than from the JSON files.
 */
import type { StatementCore } from '../core/statement-core';
import type { MatcherTables, Pattern } from '../core/matcher';
import type { Renderings, SearchData, Statement, Topic } from '../core/types';
import { unpackMatcherTables, unpackPatterns, unpackStatementCore, type PackedPattern } from './packed';
import statementJson from './generated/statement.json';
import topicsJson from './generated/topics.json';
import foldJson from './generated/fold.json';
import patternsJson from './generated/patterns.json';
import matcherJson from './generated/matcher.json';
import searchJson from './generated/search.json';
import alignJson from './generated/align.json';
import renderingsJson from './generated/renderings.json';

export const statement: Statement = statementJson;
export const topics: Topic[] = topicsJson.topics as Topic[];
export const chinaUsAnchors: string[] = topicsJson.anchors;
export const fold: Record<string, string> = foldJson;
/** Every alias and anchor, folded, for the mention matcher. */
export const patterns: Pattern[] = unpackPatterns(patternsJson as PackedPattern[]);
let unpackedTables: MatcherTables | null = null;
/**
 * The mention matcher's automaton over `patterns`, built at build time, unpacked on first use
 * (a function, so bundles without a matcher leave it out).
 */
export function matcherTables(): MatcherTables {
  return (unpackedTables ??= unpackMatcherTables(matcherJson, patterns));
}
let unpackedIndex: StatementCore | null = null;
/**
 * The statement prepared for aligning quotations (folded at build time),
 * unpacked on first use: a function, so bundles that never align leave it out.
 */
export function statementIndex(): StatementCore {
  return (unpackedIndex ??= unpackStatementCore(alignJson, statement));
}
/** The popup's search data (sentences with pinyin, topic names). */
export const searchData: SearchData = searchJson;
/** Yuanwen's English section names and paragraph summaries, and the text in traditional characters. */
export const renderings: Renderings = renderingsJson;
