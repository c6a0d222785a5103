/**
 * The side panel's report on one page: its checks in the order a fact-checker
 * reads them (problems first), which paragraphs of the statement they refer to,
 * and the same report as Markdown (to copy or save) and JSON (for tools).
 */
import type { Verdict } from './align';
import { citation, withCitation, type CitationLanguage } from './cite';
import { problemsFirst } from './cycle';
import type { DiffPart, TwoLineDiff } from './diff';
import type { PageCheck, PageChecks } from './messages';
import type { Statement } from './types';

/** Unmatched and altered quotations, then verbatim ones, then reproduced passages; page order within each. */
export function orderChecks(checks: readonly PageCheck[]): PageCheck[] {
  // The order the popup and the keyboard's cycle use (core/cycle.ts).
  const byPage = [...checks].sort((a, b) => a.index - b.index);
  return problemsFirst(byPage, (check) => ({ kind: 'quote', verdict: check.verdict, form: check.form }));
}

/** The statement's paragraph a check comes from: the first it aligns with (for an unmatched one, the closest). */
export function paragraphOf(check: PageCheck): number | undefined {
  return check.paragraphs[0];
}

/** What refers to a paragraph of the statement: checks that quote it (by index) and topics that name it (by id). */
export interface ParagraphReferences {
  checks: number[];
  topics: string[];
}

/**
 * Paragraphs the page quotes or refers to. An unmatched quotation quotes nothing:
 * its closest paragraph is not marked as quoted.
 */
export function referencesByParagraph(
  checks: readonly PageCheck[],
  topics: readonly { id: string; paragraphs: readonly number[] }[],
): Map<number, ParagraphReferences> {
  const refs = new Map<number, ParagraphReferences>();
  const at = (n: number) => {
    let entry = refs.get(n);
    if (!entry) refs.set(n, (entry = { checks: [], topics: [] }));
    return entry;
  };
  for (const check of checks) {
    if (check.verdict === 'unmatched') continue;
    for (const n of new Set(check.paragraphs)) at(n).checks.push(check.index);
  }
  for (const topic of topics) for (const n of new Set(topic.paragraphs)) at(n).topics.push(topic.id);
  return new Map([...refs].sort(([a], [b]) => a - b));
}

export interface Difference {
  change: 'added' | 'dropped' | 'changed';
  /** The page's words (added, changed). */
  page?: string;
  /** The original's words (dropped, changed). */
  original?: string;
}

const marked = (parts: readonly DiffPart[], change: DiffPart['change']) =>
  parts.filter((part) => part.change === change).map((part) => part.text.trim());

/** The differences of an altered quotation, one by one, as plain words. */
export function differencesOf(diff: TwoLineDiff): Difference[] {
  const pageChanged = marked(diff.page, 'changed');
  const originalChanged = marked(diff.original, 'changed');
  const changes: Difference[] = [];
  // A change is marked on both lines: the n-th on one is the n-th on the other when they pair up.
  if (pageChanged.length === originalChanged.length) {
    pageChanged.forEach((page, i) => changes.push({ change: 'changed', page, original: originalChanged[i] }));
  } else {
    for (const page of pageChanged) changes.push({ change: 'changed', page });
    for (const original of originalChanged) changes.push({ change: 'changed', original });
  }
  return [
    ...changes,
    ...marked(diff.page, 'added').map((page): Difference => ({ change: 'added', page })),
    ...marked(diff.original, 'dropped').map((original): Difference => ({ change: 'dropped', original })),
  ].filter((d) => (d.page ?? d.original ?? '') !== '');
}

/** Words of the report, in the interface language (given by the caller, who has the locale files). */
export interface ReportLabels {
  heading: string;
  url: string;
  checkedAt: string;
  extension: string;
  source: string;
  quotations: string;
  passages: string;
  topics: string;
  none: string;
  onPage: string;
  original: string;
  closest: string;
  notInStatement: string;
  differences: string;
  added: (page: string) => string;
  dropped: (original: string) => string;
  changed: (page: string, original: string) => string;
  /** The verdict in words: a quotation's or a passage's. */
  verdict: (verdict: Verdict, form: PageCheck['form']) => string;
}

export interface ReportInput {
  page: PageChecks;
  statement: Statement;
  /** When the checks were received. */
  checkedAt: Date;
  extensionVersion: string;
  citationLanguage: CitationLanguage;
  /** Paragraphs each topic refers to (from the bundled index). */
  topicParagraphs?: (id: string) => readonly number[];
}

/** Page text in Markdown is text, never markup: one line, its syntax characters escaped. */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>#+!|~-]/g, (char) => `\\${char}`);
}

const quoteLines = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

const SHAPE: Record<Verdict, string> = { verbatim: '✓', altered: '≠', unmatched: '✗' };

/** The original passage a check shows, and the paragraph it cites. */
function originalOf(check: PageCheck, statement: Statement): { text: string; paragraph: number } | null {
  const paragraph = paragraphOf(check);
  if (paragraph === undefined) return null;
  if (check.verdict === 'unmatched') {
    const closest = statement.paragraphs[paragraph - 1];
    return closest ? { text: closest.text, paragraph } : null;
  }
  return { text: check.original ?? statement.paragraphs[paragraph - 1]?.text ?? '', paragraph };
}

function checkMarkdown(check: PageCheck, n: number, input: ReportInput, labels: ReportLabels): string {
  const lines = [
    `### ${n}. ${SHAPE[check.verdict]} ${labels.verdict(check.verdict, check.form)}`,
    '',
    `${labels.onPage}`,
    '',
    quoteLines(markdownText(check.text)),
    '',
  ];
  const original = originalOf(check, input.statement);
  if (check.verdict === 'unmatched') {
    lines.push(labels.notInStatement, '');
    if (original) lines.push(labels.closest, '');
  } else {
    lines.push(labels.original, '');
  }
  if (original) {
    lines.push(quoteLines(withCitation(markdownText(original.text), original.paragraph, input.citationLanguage)), '');
  }
  if (check.verdict === 'altered' && check.diff) {
    const differences = differencesOf(check.diff);
    if (differences.length > 0) {
      lines.push(labels.differences, '');
      for (const d of differences) {
        const page = markdownText(d.page ?? '');
        const orig = markdownText(d.original ?? '');
        const line =
          d.change === 'added'
            ? labels.added(page)
            : d.change === 'dropped'
              ? labels.dropped(orig)
              : labels.changed(page || '—', orig || '—');
        lines.push(`- ${line}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

/** The report as Markdown: what was checked, where and when, and every check with the statement's words. */
export function reportMarkdown(input: ReportInput, labels: ReportLabels): string {
  const { page } = input;
  const ordered = orderChecks(page.checks);
  const quotations = ordered.filter((check) => check.form === 'quoted');
  const passages = ordered.filter((check) => check.form === 'passage');
  const out = [
    `# ${labels.heading}: ${markdownText(page.title || page.url)}`,
    '',
    `- ${labels.url}: <${page.url.replace(/>/g, '%3E')}>`,
    `- ${labels.checkedAt}: ${input.checkedAt.toISOString()}`,
    `- ${labels.extension}: Yuanwen ${input.extensionVersion}`,
    `- ${labels.source}: ${input.statement.title}（${input.statement.date}）`,
    '',
    `## ${labels.quotations} (${quotations.length})`,
    '',
  ];
  let n = 0;
  if (quotations.length === 0) out.push(labels.none, '');
  for (const check of quotations) out.push(checkMarkdown(check, ++n, input, labels));
  if (passages.length > 0) {
    out.push(`## ${labels.passages} (${passages.length})`, '');
    for (const check of passages) out.push(checkMarkdown(check, ++n, input, labels));
  }
  out.push(`## ${labels.topics} (${page.topics.length})`, '');
  if (page.topics.length === 0) out.push(labels.none, '');
  for (const topic of page.topics) {
    const paragraphs = input.topicParagraphs?.(topic.id) ?? [];
    const where = paragraphs.length > 0 ? ` — ¶${paragraphs.join(', ¶')}` : '';
    out.push(`- ${markdownText(topic.name)} (${markdownText(topic.english)}): ${topic.count}${where}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The same report for tools: every check with its verdict, the original passage and its citation. */
export function reportJson(input: ReportInput): string {
  const { page, statement } = input;
  const report = {
    format: 'yuanwen-report',
    formatVersion: 1,
    page: { title: page.title, url: page.url },
    checkedAt: input.checkedAt.toISOString(),
    extension: { name: 'Yuanwen', version: input.extensionVersion },
    source: { title: statement.title, date: statement.date },
    checks: orderChecks(page.checks).map((check) => {
      const original = originalOf(check, statement);
      return {
        form: check.form,
        verdict: check.verdict,
        pageWords: check.text,
        paragraphs: check.paragraphs,
        original: check.verdict === 'unmatched' ? null : (original?.text ?? null),
        closest: check.verdict === 'unmatched' ? (original?.text ?? null) : null,
        citation: original ? citation(original.paragraph, input.citationLanguage) : null,
        differences: check.verdict === 'altered' && check.diff ? differencesOf(check.diff) : [],
      };
    }),
    topics: page.topics.map((topic) => ({
      id: topic.id,
      name: topic.name,
      english: topic.english,
      count: topic.count,
      paragraphs: input.topicParagraphs?.(topic.id) ?? [],
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A file name for the report: the site and the time, nothing the page could use to escape a folder. */
export function reportFileName(page: Pick<PageChecks, 'hostname'>, checkedAt: Date, extension: 'md' | 'json'): string {
  const host = page.hostname.replace(/[^a-z0-9.-]/gi, '_') || 'page';
  const time = checkedAt.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `yuanwen-report-${host}-${time}.${extension}`;
}
