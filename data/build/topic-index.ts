/**
 * Turning curated topics into indexed topics: traditional forms, paragraph
 * references, and the character-folding table. Pure; the converters and
 * dictionaries are passed in by the build step so this stays testable.
 */
import type { Statement, Topic, TopicSource } from '../../core/types';

export type Convert = (text: string) => string;

/** Unique, in first-seen order. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Traditional forms of the topic's simplified forms, by every converter, plus curated variants. */
export function traditionalForms(source: TopicSource, converters: readonly Convert[]): string[] {
  const simplified = [...source.zh, ...(source.abbr ?? [])];
  const generated = simplified.flatMap((form) => converters.map((convert) => convert(form)));
  return unique([...generated, ...(source.variants ?? [])]).filter((form) => !simplified.includes(form));
}

/**
 * Paragraphs a topic refers to: those containing one of its forms, plus every
 * paragraph of a section whose heading names it (防扩散 is only a heading).
 */
export function referencedParagraphs(statement: Statement, forms: readonly string[]): number[] {
  const found = new Set<number>();
  for (const paragraph of statement.paragraphs) {
    if (forms.some((form) => paragraph.text.includes(form))) found.add(paragraph.n);
  }
  for (const section of statement.sections) {
    if (section.heading && forms.some((form) => section.heading!.includes(form))) {
      section.paragraphs.forEach((n) => found.add(n));
    }
  }
  return [...found].sort((a, b) => a - b);
}

export function indexTopic(source: TopicSource, statement: Statement, converters: readonly Convert[]): Topic {
  return {
    id: source.id,
    kind: source.kind,
    zh: source.zh,
    abbr: source.abbr ?? [],
    zht: traditionalForms(source, converters),
    en: source.en,
    paragraphs: referencedParagraphs(statement, source.zh),
  };
}

/** Parses OpenCC's dictionary format, `from to1 to2|from to…`, keeping the first target. */
export function parseOpenccDictionary(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of text.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && !map.has(from)) map.set(from, to);
  }
  return map;
}

/**
 * Folding table (variant or traditional character → simplified), restricted to
 * what matters: entries whose simplified side is in `targets`, or whose
 * traditional side appears in `sources` (curated regional forms). Regional
 * variants are first mapped to standard traditional (`variantToStandard`), then
 * to simplified. Keys are sorted so the output is deterministic.
 */
export function buildFoldTable(
  traditionalToSimplified: ReadonlyMap<string, string>,
  variantToStandard: readonly ReadonlyMap<string, string>[],
  targets: ReadonlySet<string>,
  sources: ReadonlySet<string>,
): Record<string, string> {
  const fold = new Map<string, string>();
  const consider = (from: string, to: string | undefined) => {
    if (!to || from === to || fold.has(from)) return;
    if (targets.has(to) || sources.has(from)) fold.set(from, to);
  };
  for (const [from, to] of traditionalToSimplified) consider(from, to);
  for (const variants of variantToStandard) {
    for (const [variant, standard] of variants) {
      consider(variant, traditionalToSimplified.get(standard) ?? standard);
    }
  }
  return Object.fromEntries([...fold].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every character of the given strings, as a set of code points. */
export function charactersOf(texts: Iterable<string>): Set<string> {
  const chars = new Set<string>();
  for (const text of texts) for (const char of text) chars.add(char);
  return chars;
}
