/**
 * The popup's search data, prepared at build time: every sentence of the
 * statement with its traditional form and pinyin, and every topic's names. No
 * converter or pinyin table ships to the extension.
 */
import { normalizePattern, type FoldTable } from '../../core/normalize';
import type { SearchData, Statement, Topic } from '../../core/types';

/** Pinyin in context (重要 zhong, 长远 chang): one syllable, or the character itself, per character. */
export type ToPinyin = (text: string) => string[];

export function buildSearchData(
  statement: Statement,
  topics: readonly Topic[],
  fold: FoldTable,
  toPinyin: ToPinyin,
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
  return { clauses, topics: topicEntries };
}
