/** Shapes of the bundled index, shared by the build step, core logic and UI. */

/** [start, end) offsets into a paragraph's text, in UTF-16 code units. */
export interface Sentence {
  start: number;
  end: number;
}

export interface Paragraph {
  /** 1-based, in document order; the reader's anchor is `#p<n>`. */
  n: number;
  /** Index into `Statement.sections`; 0 is the preamble. */
  section: number;
  text: string;
  sentences: Sentence[];
}

export interface Section {
  id: number;
  /** `null` for the preamble, which has no heading in the source. */
  heading: string | null;
  paragraphs: number[];
}

export interface Statement {
  title: string;
  date: string;
  sections: Section[];
  paragraphs: Paragraph[];
}

export type TopicKind = 'specific' | 'general';

/** A topic as curated in data/topics.ts. */
export interface TopicSource {
  id: string;
  kind: TopicKind;
  /** Simplified forms exactly as the statement writes them; the first is the topic's name. */
  zh: string[];
  /** English names as English-language news writes them; all-capital acronyms match case-sensitively. */
  en: string[];
  /** Simplified short forms that news uses but the statement does not (世贸组织). */
  abbr?: string[];
  /** Regional traditional variants a converter would not produce (飛彈 for 导弹). */
  variants?: string[];
}

/** A topic as bundled in the index. */
export interface Topic {
  id: string;
  kind: TopicKind;
  zh: string[];
  abbr: string[];
  /** Traditional forms: generated (Taiwan, Hong Kong, Taiwan phrases) plus curated variants. */
  zht: string[];
  en: string[];
  /** Paragraph numbers the topic refers to, in document order. */
  paragraphs: number[];
}

/** The popup's search data, prepared at build time (data/build/search-data.ts). */
export interface ClauseEntry {
  paragraph: number;
  /** Offsets of the sentence in its paragraph. */
  start: number;
  end: number;
  text: string;
  /** Pinyin syllables, one per character of `text` (punctuation stands for itself). */
  pinyin: string[];
}

export interface TopicEntry {
  topic: number;
  /** Folded Chinese forms (simplified, abbreviations, traditional folded). */
  forms: string[];
  /** Lower-cased English names. */
  english: string[];
  /** Pinyin of the Chinese forms, toneless, without spaces. */
  pinyin: string[];
}

/** A person or place the statement names (data/english.ts), for search. */
export interface NameEntry {
  /** Folded forms as the statement writes them. */
  forms: string[];
  /** Lower-cased English names. */
  english: string[];
  /** Pinyin of the Chinese forms, toneless, without spaces. */
  pinyin: string[];
}

export interface SearchData {
  clauses: ClauseEntry[];
  topics: TopicEntry[];
  names: NameEntry[];
  /**
   * Common characters (GB 2312 level 1 and the statement's own) by toneless pinyin reading, for the
   * popup's "did you mean" when a query sounds like the statement's words but is written otherwise.
   */
  readings: Record<string, string>;
}

/** Yuanwen's own English (data/english.ts) and the statement in traditional characters, built into the index. */
export interface Renderings {
  /** English section names; index 0 (the preamble) is null. */
  sectionNames: (string | null)[];
  /** Yuanwen's English summary of each paragraph, paragraph 1 first. */
  summaries: string[];
  /** Each paragraph converted to traditional characters with OpenCC (Taiwan and Hong Kong standards). */
  traditional: { tw: string[]; hk: string[] };
  /** The title in the same two standards. */
  traditionalTitle: { tw: string; hk: string };
}
