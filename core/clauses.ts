/**
 * The original clauses a topic refers to, most relevant paragraph first, with
 * the topic's words marked inside each sentence.
 */
import type { Statement, Topic } from './types';

export interface Clause {
  text: string;
  /** [start, end) spans of the topic's words inside `text`. */
  marks: [number, number][];
}

export interface TopicPassage {
  paragraph: number;
  section: string | null;
  clauses: Clause[];
}

function spansOf(text: string, forms: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
      if (!spans.some(([s, e]) => at < e && at + form.length > s)) spans.push([at, at + form.length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * For each paragraph the topic refers to: the sentences that name it (or the
 * paragraph's first sentence when only its section heading does). Paragraphs that
 * name the topic most often come first; ties keep document order.
 */
export function passagesForTopic(topic: Topic, statement: Statement): TopicPassage[] {
  const forms = [...topic.zh].sort((a, b) => b.length - a.length);
  const passages = topic.paragraphs.map((n) => {
    const paragraph = statement.paragraphs[n - 1]!;
    const sentences = paragraph.sentences.map(({ start, end }) => paragraph.text.slice(start, end));
    let clauses = sentences
      .map((text) => ({ text, marks: spansOf(text, forms) }))
      .filter((clause) => clause.marks.length > 0);
    if (clauses.length === 0) clauses = sentences.slice(0, 1).map((text) => ({ text, marks: [] }));
    const weight = clauses.reduce((sum, clause) => sum + clause.marks.length, 0);
    return { paragraph: n, section: statement.sections[paragraph.section]?.heading ?? null, clauses, weight };
  });
  return passages
    .sort((a, b) => b.weight - a.weight || a.paragraph - b.paragraph)
    .map(({ paragraph, section, clauses }) => ({ paragraph, section, clauses }));
}
