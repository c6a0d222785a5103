/**
 * Searching the statement as you type: simplified, traditional, pinyin (with or
 * without tones and spaces), English names and acronyms, and small typos.
 * Topic and exact hits outrank fuzzy ones; a query the statement does not
 * contain finds nothing rather than noise.
 */
import Fuse from 'fuse.js';
import { passagesForTopic } from './clauses';
import { normalize, type FoldTable } from './normalize';
import { asciiDigits, byValue, chineseNumeralReadings } from './numerals';
import type { ClauseEntry, NameEntry, SearchData, Statement, Topic } from './types';

export interface SearchResult {
  paragraph: number;
  section: string | null;
  text: string;
  /** [start, end) spans of `text` to emphasise. */
  marks: [number, number][];
  /**
   * How it was found, best first: a paragraph named by number, a topic, a person or place, the text
   * itself, numbers in figures, pinyin, Yuanwen's English summary, then fuzzy.
   */
  match: 'paragraph' | 'topic' | 'name' | 'text' | 'number' | 'pinyin' | 'summary' | 'fuzzy';
}

const FUZZY_THRESHOLD = 0.34;
const MAX_RESULTS = 20;

/** Pinyin as typed → bare letters: tone marks and numbers, spaces and apostrophes removed, ü as v. */
export function pinyinKey(query: string): string {
  return query
    .normalize('NFD')
    .replace(/ü|u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export class StatementSearch {
  private readonly clauseFuse: Fuse<ClauseEntry>;
  private readonly topicFuse: Fuse<{ topic: number; names: string[] }>;
  /** For each clause: its pinyin run together, and where each character's syllable starts in it. */
  private readonly pinyinRuns: { run: string; starts: number[] }[];
  /** For each clause: its folded text, computed once rather than on every keystroke. */
  private readonly foldedClauses: string[];

  constructor(
    private readonly data: SearchData,
    private readonly statement: Statement,
    private readonly topics: readonly Topic[],
    private readonly fold: FoldTable,
    /** Yuanwen's English summary of each paragraph, searched for English words no name matches. */
    private readonly summaries: readonly string[] = [],
  ) {
    this.clauseFuse = new Fuse(data.clauses, {
      keys: ['text'],
      includeScore: true,
      ignoreLocation: true,
      threshold: FUZZY_THRESHOLD,
      minMatchCharLength: 2,
    });
    this.topicFuse = new Fuse(
      data.topics.map((t) => ({ topic: t.topic, names: [...t.forms, ...t.english] })),
      { keys: ['names'], includeScore: true, ignoreLocation: true, threshold: FUZZY_THRESHOLD },
    );
    this.foldedClauses = data.clauses.map((clause) => normalize(clause.text, fold).text);
    this.pinyinRuns = data.clauses.map((clause) => {
      let run = '';
      const starts: number[] = [];
      for (const syllable of clause.pinyin) {
        starts.push(run.length);
        run += /^[a-z]+$/.test(syllable) ? syllable : ' ';
      }
      return { run, starts };
    });
  }

  search(query: string): SearchResult[] {
    const folded = normalize(query, this.fold).text.trim();
    if (!folded) return [];
    const results: SearchResult[] = [];
    const seen = new Set<string>();
    const add = (result: SearchResult) => {
      const key = `${result.paragraph}:${result.text}`;
      if (seen.has(key) || results.length >= MAX_RESULTS) return;
      seen.add(key);
      results.push(result);
    };
    const latin = /^[\p{Script=Latin}0-9\s'’.\-&]+$/u.test(folded);
    const key = latin ? pinyinKey(folded) : '';

    const named = paragraphNamed(query, this.statement.paragraphs.length);
    if (named !== null) add(this.paragraphResult(named, 'paragraph'));
    for (const topic of this.topicHits(folded, key)) for (const result of this.topicResults(topic)) add(result);
    for (const name of this.nameHits(folded, key)) for (const result of this.nameResults(name)) add(result);
    if (!latin) for (const result of this.textHits(folded)) add(result);
    if (/\d/.test(folded) && named === null) {
      for (const reading of chineseNumeralReadings(folded)) {
        for (const result of this.textHits(reading)) add({ ...result, match: 'number' });
      }
    }
    if (key.length >= 2) for (const result of this.pinyinHits(key)) add(result);
    if (latin) for (const result of this.summaryHits(folded)) add(result);
    if (results.length === 0) for (const result of this.fuzzyHits(folded)) add(result);
    return results;
  }

  /**
   * For a Chinese query the statement does not contain, the statement's words that sound the same
   * (导单 → 导弹): each character's pinyin readings matched syllable by syllable. Null when none.
   */
  suggest(query: string): string | null {
    const folded = normalize(query, this.fold).text.replace(/\s+/g, '');
    const characters = [...folded];
    if (characters.length < 2 || !characters.every((c) => /\p{Script=Han}/u.test(c))) return null;
    if (this.foldedClauses.some((clause) => clause.includes(folded))) return null;
    const readings = characters.map((c) => this.readingsOf(c));
    if (readings.some((r) => r.length === 0)) return null;
    const counts = new Map<string, number>();
    this.data.clauses.forEach((clause) => {
      const chars = [...clause.text];
      for (let i = 0; i + characters.length <= clause.pinyin.length; i++) {
        if (readings.every((options, k) => options.includes(clause.pinyin[i + k]!))) {
          const found = chars.slice(i, i + characters.length).join('');
          counts.set(found, (counts.get(found) ?? 0) + 1);
        }
      }
    });
    let best: string | null = null;
    for (const [found, count] of counts) if (best === null || count > counts.get(best)!) best = found;
    return best;
  }

  private readingIndex: Map<string, string[]> | null = null;
  private readingsOf(character: string): string[] {
    if (!this.readingIndex) {
      this.readingIndex = new Map();
      for (const [reading, characters] of Object.entries(this.data.readings)) {
        for (const c of characters) this.readingIndex.set(c, [...(this.readingIndex.get(c) ?? []), reading]);
      }
    }
    return this.readingIndex.get(character) ?? [];
  }

  /** People and places named exactly, by a whole word of an English name, or by pinyin. */
  private nameHits(folded: string, key: string): NameEntry[] {
    return this.data.names.filter(
      (entry) =>
        entry.forms.includes(folded) ||
        entry.english.includes(folded) ||
        (key.length >= 4 && entry.pinyin.includes(key)) ||
        (folded.length >= 4 && entry.english.some((name) => new RegExp(`(^|\\s)${escape(folded)}(\\s|$)`).test(name))),
    );
  }

  private nameResults(entry: NameEntry): SearchResult[] {
    const hits: SearchResult[] = [];
    this.data.clauses.forEach((clause, i) => {
      const marks: [number, number][] = [];
      for (const form of entry.forms) {
        for (
          let at = this.foldedClauses[i]!.indexOf(form);
          at !== -1;
          at = this.foldedClauses[i]!.indexOf(form, at + 1)
        ) {
          if (!marks.some(([s, e]) => at < e && at + form.length > s)) marks.push([at, at + form.length]);
        }
      }
      if (marks.length > 0)
        hits.push(
          this.result(
            clause,
            marks.sort((a, b) => a[0] - b[0]),
            'name',
          ),
        );
    });
    return hits;
  }

  /** Paragraphs whose English summary has every word of the query (three letters or more) as a word. */
  private summaryHits(folded: string): SearchResult[] {
    const words = folded
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 3);
    if (words.length === 0) return [];
    const patterns = words.map((word) => new RegExp(`\\b${escape(word)}`, 'i'));
    const hits: SearchResult[] = [];
    this.summaries.forEach((summary, i) => {
      if (patterns.every((pattern) => pattern.test(summary))) hits.push(this.paragraphResult(i + 1, 'summary'));
    });
    return hits;
  }

  /** A paragraph as one result: its first sentence stands for it. */
  private paragraphResult(n: number, match: 'paragraph' | 'summary'): SearchResult {
    const first = this.data.clauses.find((clause) => clause.paragraph === n)!;
    return this.result(first, [], match);
  }

  /** Topics named exactly (or, for English, by a whole word at the start of a name), best first. */
  private topicHits(folded: string, key: string): number[] {
    const exact: number[] = [];
    const partial: number[] = [];
    for (const entry of this.data.topics) {
      const names = [...entry.forms, ...entry.english];
      if (names.includes(folded) || (key.length >= 4 && entry.pinyin.includes(key))) exact.push(entry.topic);
      else if (
        folded.length >= 3 &&
        entry.english.some((name) => new RegExp(`(^|\\s)${escape(folded)}(\\s|$)`).test(name))
      )
        partial.push(entry.topic);
    }
    return [...exact, ...partial];
  }

  private topicResults(index: number): SearchResult[] {
    return passagesForTopic(this.topics[index]!, this.statement).flatMap((passage) =>
      passage.clauses.map((clause) => ({
        paragraph: passage.paragraph,
        section: passage.section,
        text: clause.text,
        marks: clause.marks,
        match: 'topic' as const,
      })),
    );
  }

  private textHits(folded: string): SearchResult[] {
    const hits: SearchResult[] = [];
    this.data.clauses.forEach((clause, i) => {
      const at = this.foldedClauses[i]!.indexOf(folded);
      if (at !== -1) hits.push(this.result(clause, [[at, at + folded.length]], 'text'));
    });
    return hits;
  }

  private pinyinHits(key: string): SearchResult[] {
    const hits: SearchResult[] = [];
    this.data.clauses.forEach((clause, i) => {
      const { run, starts } = this.pinyinRuns[i]!;
      const at = run.indexOf(key);
      // Only whole syllables: "anwen" must not match inside "tai wan wen".
      const first = starts.indexOf(at);
      const last = starts.findIndex((start) => start >= at + key.length);
      const end = last === -1 ? clause.pinyin.length : last;
      if (at === -1 || first === -1 || (last !== -1 && starts[last] !== at + key.length)) return;
      hits.push(this.result(clause, [[first, end]], 'pinyin'));
    });
    return hits;
  }

  private fuzzyHits(folded: string): SearchResult[] {
    const topicHits = this.topicFuse
      .search(folded)
      .filter((hit) => (hit.score ?? 1) <= FUZZY_THRESHOLD)
      .slice(0, 2)
      .flatMap((hit) =>
        this.topicResults(hit.item.topic)
          .slice(0, 2)
          .map((r) => ({ ...r, match: 'fuzzy' as const })),
      );
    const clauseHits = this.clauseFuse
      .search(folded)
      .filter((hit) => (hit.score ?? 1) <= FUZZY_THRESHOLD)
      .map((hit) => this.result(hit.item, [], 'fuzzy'));
    return [...topicHits, ...clauseHits];
  }

  private result(clause: ClauseEntry, marks: [number, number][], match: SearchResult['match']): SearchResult {
    const paragraph = this.statement.paragraphs[clause.paragraph - 1]!;
    return {
      paragraph: clause.paragraph,
      section: this.statement.sections[paragraph.section]?.heading ?? null,
      text: clause.text,
      marks,
      match,
    };
  }
}

/** `p12`, `¶12`, `§12`, `para 12`, `paragraph 12`, `#p12`, `第12段`, `第十二段` → 12 (null unless the paragraph exists). */
export function paragraphNamed(query: string, count: number): number | null {
  const text = asciiDigits(query.trim());
  const match =
    /^(?:#?p|¶|§|para\.?|paragraph|段)\s*(\d{1,3})$/i.exec(text) ??
    /^第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*段$/.exec(text);
  if (!match) return null;
  const figures = /^\d+$/.test(match[1]!) ? match[1]! : fromChineseNumber(match[1]!);
  const n = Number(figures);
  return Number.isInteger(n) && n >= 1 && n <= count ? n : null;
}

/** 十二 → "12" (below a hundred), through the same reading the other way round. */
function fromChineseNumber(chinese: string): string {
  for (let n = 1; n < 100; n++) if (byValue(String(n)) === chinese) return String(n);
  return '';
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
