/**
 * The popup's search data, prepared at build time: every sentence of the
 * statement with its pinyin, every topic's and named person's names, and the
 * readings of common characters. No converter or pinyin library ships to the extension.
 */
import { normalizePattern, type FoldTable } from '../../core/normalize';
import type { SearchData, Statement, Topic } from '../../core/types';
import type { NamedEntity } from '../english';

/** Pinyin in context (重要 zhong, 长远 chang): one syllable, or the character itself, per character. */
export type ToPinyin = (text: string) => string[];

/** Every toneless reading of one character (单 dan, shan, chan). */
export type Readings = (character: string) => string[];

export function buildSearchData(
  statement: Statement,
  topics: readonly Topic[],
  names: readonly NamedEntity[],
  fold: FoldTable,
  toPinyin: ToPinyin,
  commonCharacters: Iterable<string>,
  readingsOf: Readings,
): SearchData {
  const clauses = statement.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map(({ start, end }) => {
      const text = paragraph.text.slice(start, end);
      return { paragraph: paragraph.n, start, end, text, pinyin: toPinyin(text) };
    }),
  );
  const topicEntries = topics.map((topic, index) => {
    const chinese = [...topic.zh, ...topic.abbr];
    return {
      topic: index,
      forms: [...new Set([...chinese, ...topic.zht].map((form) => normalizePattern(form, fold)))],
      english: topic.en.map((name) => normalizePattern(name, fold)),
      pinyin: [...new Set(chinese.map((form) => toPinyin(form).join('')))],
    };
  });
  const nameEntries = names.map((name) => ({
    forms: name.zh.map((form) => normalizePattern(form, fold)),
    english: name.en.map((form) => normalizePattern(form, fold)),
    pinyin: [...new Set(name.zh.map((form) => toPinyin(form.replace(/·/g, '')).join('')))],
  }));
  const characters = new Set<string>(commonCharacters);
  for (const paragraph of statement.paragraphs) for (const character of paragraph.text) characters.add(character);
  const byReading = new Map<string, string>();
  for (const character of [...characters].sort()) {
    if (!/\p{Script=Han}/u.test(character)) continue;
    for (const reading of new Set(readingsOf(character))) {
      if (/^[a-z]+$/.test(reading)) byReading.set(reading, (byReading.get(reading) ?? '') + character);
    }
  }
  const readings = Object.fromEntries([...byReading].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { clauses, topics: topicEntries, names: nameEntries, readings };
}

/** GB 2312's level-1 characters (the 3,755 most common), decoded from their byte ranges. */
export function gb2312Level1(): string[] {
  const decoder = new TextDecoder('gbk');
  const characters: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      if (row === 0xd7 && cell > 0xf9) break;
      characters.push(decoder.decode(new Uint8Array([row, cell])));
    }
  }
  return characters;
}
