/**
 * Parsing the statement's source text into title, date, sections and numbered
 * paragraphs. Pure: used by the build step (data/build/index.ts) and tested on
 * its own; the extension itself only ever reads the generated index.
 */
import type { Paragraph, Section, Sentence, Statement } from '../../core/types';

/** Punctuation that may end a paragraph; a block ending otherwise was cut by a page break. */
const PARAGRAPH_END = /[。！？；：…」』”’）)!?.]$/u;
/** Clause and sentence punctuation: headings have none (an enumeration comma 、 is allowed). */
const CLAUSE_PUNCTUATION = /[，。；：！？“”‘’「」『』《》（）,.;:!?]/u;
const HEADING_MAX_CHARS = 20;
/** Ends of sentences; closing quotes or brackets right after stay with the sentence. */
const SENTENCE_END = /[。！？!?]+[”’」』）)]*/gu;
/** Letter-spacing between Han characters, as in `防 扩 散`. */
const SPACING_BETWEEN_HAN = /(?<=\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu;

/** Blocks of text separated by one or more blank lines; lines inside a block are joined. */
export function splitBlocks(source: string): string[] {
  return source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .join(''),
    )
    .filter((block) => block.length > 0);
}

/** A heading is short and carries no clause punctuation (`高层对话和磋商`, `防 扩 散`, `科技、教育和文化交流`). */
export function isHeading(block: string): boolean {
  const compact = removeLetterSpacing(block);
  return compact.length <= HEADING_MAX_CHARS && !CLAUSE_PUNCTUATION.test(compact);
}

export function endsParagraph(block: string): boolean {
  return PARAGRAPH_END.test(block.trimEnd());
}

export function removeLetterSpacing(text: string): string {
  return text.replace(SPACING_BETWEEN_HAN, '').trim();
}

/**
 * Repairs print page breaks: a block of running text that does not end with
 * paragraph-final punctuation continues in the next block (`…中美三个联` + `合公报…`).
 * Headings end without punctuation too, but they are recognisable and never joined.
 */
export function repairPageBreaks(blocks: readonly string[]): string[] {
  const repaired: string[] = [];
  let open = false;
  for (const block of blocks) {
    if (open && !isHeading(block)) {
      repaired[repaired.length - 1] += block;
    } else {
      repaired.push(block);
    }
    const last = repaired[repaired.length - 1]!;
    open = !isHeading(last) && !endsParagraph(last);
  }
  return repaired;
}

/** Sentences as [start, end) offsets into the paragraph, ending punctuation included. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    pushTrimmed(sentences, text, start, end);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

function pushTrimmed(into: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) into.push({ start, end });
}

/**
 * The whole statement: the first two blocks are title and date, then the
 * preamble (section 0, no heading) and the headed sections in order.
 */
export function parseStatement(source: string): Statement {
  const blocks = repairPageBreaks(splitBlocks(source));
  if (blocks.length < 3) throw new Error('statement source: expected a title, a date and text');
  const [title, date, ...body] = blocks as [string, string, ...string[]];
  const sections: Section[] = [{ id: 0, heading: null, paragraphs: [] }];
  const paragraphs: Paragraph[] = [];
  for (const block of body) {
    if (isHeading(block)) {
      sections.push({ id: sections.length, heading: removeLetterSpacing(block), paragraphs: [] });
      continue;
    }
    const section = sections[sections.length - 1]!;
    const n = paragraphs.length + 1;
    paragraphs.push({ n, section: section.id, text: block, sentences: splitSentences(block) });
    section.paragraphs.push(n);
  }
  return { title, date, sections, paragraphs };
}
