import { describe, expect, it } from 'vitest';
import { alignQuote } from './align';
import { citation } from './cite';
import type { PageCheck, PageChecks } from './messages';
import {
  differencesOf,
  markdownText,
  orderChecks,
  referencesByParagraph,
  reportFileName,
  reportJson,
  reportMarkdown,
  type ReportInput,
  type ReportLabels,
} from './page-report';
import { statementCore } from './statement-core';
import { fold, statement } from '../data';

const index = statementCore(statement, fold);

/** A check as the content script reports it, from a real alignment. */
function checkOf(i: number, text: string, form: PageCheck['form'] = 'quoted'): PageCheck {
  const alignment = alignQuote(text, index, fold, { kind: form, attributed: true });
  if (!alignment.verdict) throw new Error(`no verdict for ${text}`);
  return {
    index: i,
    form,
    verdict: alignment.verdict,
    text,
    paragraphs: alignment.paragraphs,
    original: alignment.original,
    diff: alignment.diff,
  };
}

const VERBATIM = '台湾问题是中美关系中最重要、最敏感的核心问题';
const ALTERED = '自一九七九年以来，中美之间达成了二十多个双边科技合作协议';
const UNMATCHED = '美国将逐步减少对台湾的武器出售，并经过一段时间导致最后的解决。';
const PASSAGE = '两国元首准备采取积极和有效的措施扩大中美贸易和经济关系。';

const checks = [checkOf(0, VERBATIM), checkOf(1, PASSAGE, 'passage'), checkOf(2, ALTERED), checkOf(3, UNMATCHED)];

const page: PageChecks = {
  title: '事实核查 [test] *page*',
  url: 'https://news.example/check?id=1&x=<2>',
  hostname: 'news.example',
  topics: [{ id: 'taiwan-question', name: '台湾问题', english: 'Taiwan question', count: 2 }],
  checks,
};

const labels: ReportLabels = {
  heading: 'Yuanwen report',
  url: 'URL',
  checkedAt: 'Checked at',
  extension: 'Checked with',
  source: 'Against',
  quotations: 'Quotations',
  passages: 'Reproduced passages',
  topics: 'Topics',
  none: 'None.',
  onPage: 'On the page:',
  original: 'Original:',
  closest: 'Closest paragraph:',
  notInStatement: 'Not in the statement.',
  differences: 'Differences:',
  added: (p) => `added “${p}”`,
  dropped: (o) => `dropped “${o}”`,
  changed: (p, o) => `“${o}” changed to “${p}”`,
  verdict: (verdict, form) => `${verdict} ${form}`,
};

const input = (language: 'zh' | 'en' = 'zh'): ReportInput => ({
  page,
  statement,
  checkedAt: new Date('2026-11-25T12:34:56Z'),
  extensionVersion: '0.1.0',
  citationLanguage: language,
  topicParagraphs: (id) => (id === 'taiwan-question' ? [4, 5] : []),
});

describe('the checks in a fact-checker’s order', () => {
  it('puts unmatched and altered quotations first, then verbatim ones, then passages', () => {
    expect(checks.map((c) => c.verdict)).toEqual(['verbatim', 'verbatim', 'altered', 'unmatched']);
    expect(orderChecks(checks).map((c) => c.index)).toEqual([3, 2, 0, 1]);
  });
  it('keeps page order within a group', () => {
    const two = [checkOf(5, UNMATCHED), checkOf(1, UNMATCHED)];
    expect(orderChecks(two).map((c) => c.index)).toEqual([1, 5]);
  });
});

describe('paragraphs the page refers to', () => {
  it('maps each quoted paragraph to its checks and topics, leaving out what an unmatched quotation is closest to', () => {
    const refs = referencesByParagraph(checks, [{ id: 'taiwan-question', paragraphs: [4, 5] }]);
    expect(refs.get(4)).toEqual({ checks: [0], topics: ['taiwan-question'] });
    expect(refs.get(5)).toEqual({ checks: [], topics: ['taiwan-question'] });
    const unmatchedClosest = checks[3]!.paragraphs;
    for (const n of unmatchedClosest) expect(refs.get(n)?.checks ?? []).not.toContain(3);
    expect([...refs.keys()]).toEqual([...refs.keys()].sort((a, b) => a - b));
  });
});

describe('differences in plain words', () => {
  it('names the changed number on both sides', () => {
    const diff = checks[2]!.diff!;
    const differences = differencesOf(diff);
    expect(differences).toContainEqual({ change: 'changed', page: '二十', original: '三十' });
  });
  it('says what the page added and what it dropped', () => {
    const added = alignQuote('台湾问题是中美关系中最最重要、最敏感的核心问题', index, fold, {
      kind: 'quoted',
      attributed: true,
    });
    expect(differencesOf(added.diff!)).toEqual([{ change: 'added', page: '最' }]);
    const dropped = alignQuote('台湾问题是中美关系中最重要、最敏感的问题', index, fold, {
      kind: 'quoted',
      attributed: true,
    });
    expect(differencesOf(dropped.diff!)).toEqual([{ change: 'dropped', original: '核心' }]);
  });
});

describe('the Markdown report', () => {
  const markdown = reportMarkdown(input(), labels);

  it('holds the title, URL, time, version and every check with its verdict and citation', () => {
    expect(markdown).toContain('# Yuanwen report: 事实核查 \\[test\\] \\*page\\*');
    expect(markdown).toContain('- URL: <https://news.example/check?id=1&x=<2%3E>');
    expect(markdown).toContain('- Checked at: 2026-11-25T12:34:56.000Z');
    expect(markdown).toContain('- Checked with: Yuanwen 0.1.0');
    for (const check of checks) expect(markdown).toContain(`> ${check.text}`);
    expect(markdown).toContain('### 1. ✗ unmatched quoted');
    expect(markdown).toContain('### 2. ≠ altered quoted');
    expect(markdown).toContain('### 3. ✓ verbatim quoted');
    expect(markdown).toContain('### 4. ✓ verbatim passage');
    expect(markdown.indexOf('## Quotations (3)')).toBeLessThan(markdown.indexOf('## Reproduced passages (1)'));
    expect(markdown).toContain(`> ${VERBATIM}\n> ${citation(4, 'zh')}`);
    expect(markdown).toContain('- “三十” changed to “二十”');
    expect(markdown).toContain('- 台湾问题 (Taiwan question): 2 — ¶4, ¶5');
  });

  it('gives the unmatched quotation no original, only the closest paragraph when there is one', () => {
    const section = markdown.slice(markdown.indexOf('### 1.'), markdown.indexOf('### 2.'));
    expect(section).toContain('Not in the statement.');
    expect(section).not.toContain('Original:');
  });

  it('cites in English for an English interface', () => {
    expect(reportMarkdown(input('en'), labels)).toContain(citation(4, 'en'));
  });

  it('never lets the page’s words become markup', () => {
    expect(markdownText('[click](javascript:alert(1)) <img src=x> # \n *x*')).toBe(
      '\\[click\\]\\(javascript:alert\\(1\\)\\) \\<img src=x\\> \\# \\*x\\*',
    );
  });
});

describe('the JSON report', () => {
  it('carries the same checks, ordered, with citations and differences', () => {
    const json = JSON.parse(reportJson(input()));
    expect(json.page).toEqual({ title: page.title, url: page.url });
    expect(json.checks.map((c: { verdict: string }) => c.verdict)).toEqual([
      'unmatched',
      'altered',
      'verbatim',
      'verbatim',
    ]);
    expect(json.checks[2].citation).toBe(citation(4, 'zh'));
    expect(json.checks[1].differences).toContainEqual({ change: 'changed', page: '二十', original: '三十' });
    expect(json.checks[0].original).toBeNull();
    expect(json.topics[0].paragraphs).toEqual([4, 5]);
  });
});

describe('the file name', () => {
  it('names the site and time and nothing else', () => {
    const at = new Date('2026-11-25T12:34:56Z');
    expect(reportFileName({ hostname: 'news.example' }, at, 'md')).toBe(
      'yuanwen-report-news.example-2026-11-25-12-34.md',
    );
    expect(reportFileName({ hostname: '../x/y' }, at, 'json')).toMatch(/^yuanwen-report-\.\._x_y-[\d-]+\.json$/);
  });
});
