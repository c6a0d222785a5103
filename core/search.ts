/**
 * Searching the statement as you type: simplified, traditional, pinyin (with or
 * without tones and spaces), English names and acronyms, and small typos.
 * Topic and exact hits outrank fuzzy ones; a query the statement does not
 * contain finds nothing rather than noise.
 */
import Fuse from 'fuse.js';
import { passagesForTopic } from './clauses';
import { normalize, type FoldTable } from './normalize';
import type { ClauseEntry, SearchData, Statement, Topic } from './types';

export interface SearchResult {
  paragraph: number;
  section: string | null;
  text: string;
  /** [start, end) spans of `text` to emphasise. */
  marks: [number, number][];
  /** How it was found, best first: topic, text, pinyin, fuzzy. */
  match: 'topic' | 'text' | 'pinyin' | 'fuzzy';
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

    for (const topic of this.topicHits(folded, key)) for (const result of this.topicResults(topic)) add(result);
    if (!latin) for (const result of this.textHits(folded)) add(result);
    if (key.length >= 2) for (const result of this.pinyinHits(key)) add(result);
    if (results.length === 0) for (const result of this.fuzzyHits(folded)) add(result);
    return results;
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
