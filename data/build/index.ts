/**
 * Build step: data/statement.txt + data/topics.ts + data/english.ts → data/generated/*.json.
 * Deterministic, and run before dev, build, typecheck and tests; never edit its output.
 * Files are rewritten only when their content changes, so watchers stay quiet.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import { sieveSource } from '../../core/sieve';
import { statementCore } from '../../core/statement-core';
import {
  chineseWords,
  FUNCTION_CHARACTERS,
  gluedWords,
  isHan,
  loudNeighbours,
  SEGMENTED_TERM_MAX,
  type Segmenter,
} from '../../core/boundaries';
import { buildMatcherTables } from '../../core/matcher';
import { packMatcherTables, packPatterns, packStatementCore } from '../packed';
import { anchorLongerWords, chinaUsAnchors, ordinaryNeighbours, topics } from '../topics';
import { buildPatterns } from './patterns';
import { namedEntities, paragraphSummaries, sectionNames } from '../english';
import { buildRenderings } from './renderings';
import { buildSearchData, gb2312Level1 } from './search-data';
import { parseStatement } from './statement';
import { buildFoldTable, charactersOf, indexTopic, parseOpenccDictionary } from './topic-index';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(dataDir, 'generated');

function writeIfChanged(name: string, value: unknown): number {
  const path = join(outDir, name);
  const text = JSON.stringify(value) + '\n';
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  return Buffer.byteLength(text);
}

const statement = parseStatement(readFileSync(join(dataDir, 'statement.txt'), 'utf8'));
const converters = (['tw', 'twp', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
const indexed = topics.map((topic) => indexTopic(topic, statement, converters));

// Word boundaries: the longer words that are not mentions, and the segmenter's known errors around
// each short Chinese term (Node's ICU segments as Chromium's does: compared on the unit table in tests/e2e/precision.spec.ts).
const longerWords = [...topics.flatMap((topic) => topic.longer ?? []), ...anchorLongerWords];
const segment: Segmenter = chineseWords();
const sentences = statement.paragraphs.flatMap((p) => p.sentences.map((s) => p.text.slice(s.start, s.end)));
const shortChinese = [...indexed.flatMap((topic) => [...topic.zh, ...topic.abbr]), ...chinaUsAnchors].filter(
  (term) => term.length <= SEGMENTED_TERM_MAX && isHan(term.charCodeAt(0)),
);
const glued = new Map(
  shortChinese.map((term) => {
    const carriers = [
      ...sentences,
      ...ordinaryNeighbours.before.flatMap((before) => ordinaryNeighbours.after.map((after) => before + term + after)),
    ];
    return [term, gluedWords(term, carriers, segment)] as const;
  }),
);
const quiet = new Map(shortChinese.map((term) => [term, loudNeighbours(term, segment)] as const));

const simplifiedText = [
  ...longerWords,
  ...[...glued.values()].flat(),
  FUNCTION_CHARACTERS,
  statement.title,
  ...statement.sections.map((section) => section.heading ?? ''),
  ...statement.paragraphs.map((paragraph) => paragraph.text),
  ...indexed.flatMap((topic) => [...topic.zh, ...topic.abbr]),
  ...chinaUsAnchors,
];
const fold = buildFoldTable(
  parseOpenccDictionary(TSCharacters),
  [parseOpenccDictionary(TWVariantsRev), parseOpenccDictionary(HKVariantsRev)],
  charactersOf(simplifiedText),
  charactersOf(indexed.flatMap((topic) => topic.zht).concat(chinaUsAnchors)),
);

const patterns = buildPatterns(indexed, chinaUsAnchors, fold, { longer: longerWords, glued, quiet });
mkdirSync(outDir, { recursive: true });
const sizes = {
  'statement.json': writeIfChanged('statement.json', statement),
  'topics.json': writeIfChanged('topics.json', { topics: indexed, anchors: chinaUsAnchors }),
  'fold.json': writeIfChanged('fold.json', fold),
  'align.json': writeIfChanged('align.json', packStatementCore(statementCore(statement, fold))),
  'patterns.json': writeIfChanged('patterns.json', packPatterns(patterns)),
  // The matcher's automaton over those patterns, built here rather than on every page the content script starts on.
  'matcher.json': writeIfChanged('matcher.json', packMatcherTables(buildMatcherTables(patterns), patterns)),
  // The content script's first look (core/sieve.ts): the terms that can put a mark on a page by themselves.
  'sieve.json': writeIfChanged(
    'sieve.json',
    sieveSource(
      patterns.filter((p) => p.anchor || indexed[p.topic]?.kind === 'specific'),
      fold,
    ),
  ),
  'search.json': writeIfChanged(
    'search.json',
    buildSearchData(
      statement,
      indexed,
      namedEntities,
      fold,
      (text) => pinyin(text, { type: 'array', toneType: 'none' }),
      gb2312Level1(),
      (character) => pinyin(character, { type: 'array', toneType: 'none', multiple: true }),
    ),
  ),
  'renderings.json': writeIfChanged(
    'renderings.json',
    buildRenderings(statement, sectionNames, paragraphSummaries, converters[0]!, converters[2]!),
  ),
};
const summary = Object.entries(sizes)
  .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)} KB`)
  .join(', ');
console.log(
  `index: ${statement.paragraphs.length} paragraphs, ${statement.sections.length - 1} headed sections, ` +
    `${indexed.length} topics, ${Object.keys(fold).length} folded characters (${summary})`,
);
