import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { BoundaryRule } from '../core/boundaries';
import { buildMatcherTables, MentionMatcher } from '../core/matcher';
import { normalize } from '../core/normalize';
import { statementCore } from '../core/statement-core';
import { chinaUsAnchors, fold, matcherTables, patterns, statement, statementIndex, topics } from './index';

const sourcePath = fileURLToPath(new URL('./statement.txt', import.meta.url));
const foldText = (text: string) => [...text].map((char) => fold[char] ?? char).join('');
const statementText = [...statement.sections.map((s) => s.heading ?? ''), ...statement.paragraphs.map((p) => p.text)];
const occursInStatement = (form: string) => statementText.some((text) => text.includes(form));

describe('the source copy', () => {
  it('is byte for byte the statement as published (its SHA-256 pinned here, the reference on every machine)', () => {
    // The hash of the seed the design names (shared/seeds/000_6d29527a4bbdcb81.txt), taken when it was copied:
    // the project's own copy is checked against it, with or without that folder beside the project.
    const copy = readFileSync(sourcePath);
    expect(createHash('sha256').update(copy).digest('hex')).toBe(
      '421f72377b8183879d10e3d679a4b4dd6899f2d97517ec6df2091f4ac25baae7',
    );
  });
});

describe("the matcher's automaton", () => {
  it('ships exactly the tables building it from the shipped patterns gives', () => {
    const shipped = matcherTables();
    const fresh = buildMatcherTables(patterns);
    for (const name of ['edgeStart', 'edgeCode', 'edgeNext', 'fail', 'output', 'outputLink'] as const) {
      expect([...shipped[name]], name).toEqual([...fresh[name]]);
    }
  });

  it('finds the same mentions as a matcher built from the patterns, on a varied text', () => {
    const words = new Intl.Segmenter('zh', { granularity: 'word' });
    const segmenter = () => (text: string) => words.segment(text);
    const built = new MentionMatcher(patterns, new BoundaryRule(fold, segmenter));
    const shipped = new MentionMatcher(patterns, new BoundaryRule(fold, segmenter), matcherTables());
    const forms = topics.flatMap((topic) => [...topic.zh, ...topic.abbr, ...topic.zht, ...topic.en]);
    const blocks = [
      ...statementText,
      forms.join('，'),
      forms.join(''),
      forms.map((form) => form.toUpperCase()).join(' and '),
      chinaUsAnchors.map((anchor, i) => `${forms[i % forms.length]}的${anchor}关系`).join('。'),
      'The U.S.-China summit on the WTO, the CTBT and the Korean peninsula; a wto-like ctbtx talk.',
    ];
    let found = 0;
    for (const block of blocks) {
      const text = normalize(block, fold);
      const expected = built.findMentions(text);
      expect(shipped.findAll(text)).toEqual(built.findAll(text));
      expect(shipped.findMentions(text)).toEqual(expected);
      found += expected.mentions.length;
    }
    expect(found).toBeGreaterThan(forms.length);
  });
});

describe('the statement index', () => {
  it('ships the alignment index exactly as folding the statement now gives it', () => {
    const fresh = statementCore(statement, fold);
    expect(statementIndex().core).toBe(fresh.core);
    expect([...statementIndex().paragraph]).toEqual([...fresh.paragraph]);
    expect([...statementIndex().offset]).toEqual([...fresh.offset]);
    expect(statementIndex().texts).toEqual(fresh.texts);
    expect([...statementIndex().trigramBits]).toEqual([...fresh.trigramBits]);
  });

  it('has the title, the date and the nine headed sections, letter-spacing removed', () => {
    expect(statement.title).toBe('中美联合声明');
    expect(statement.date).toBe('一九九七年十月二十九日');
    expect(statement.sections.slice(1).map((s) => s.heading)).toEqual([
      '高层对话和磋商',
      '能源和环境合作',
      '经贸关系',
      '和平核合作',
      '防扩散',
      '人权',
      '法律合作',
      '两军关系',
      '科技、教育和文化交流',
    ]);
  });

  it('numbers every paragraph from 1 in order, each in exactly one section', () => {
    expect(statement.paragraphs.map((p) => p.n)).toEqual(statement.paragraphs.map((_, i) => i + 1));
    expect(statement.sections.flatMap((s) => s.paragraphs)).toEqual(statement.paragraphs.map((p) => p.n));
    expect(statement.paragraphs.length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ['中美三个联合公报的原则基础上处理两国关系', 3],
    ['这一重要性在一九九七年三月', 11],
    ['以促进两国间的和平核合作和研究。', 15],
    ['增加两国人民之间的交流', 30],
  ])('repairs the page break in %s (paragraph %i)', (words, n) => {
    expect(statement.paragraphs[n - 1]!.text).toContain(words);
  });

  it('keeps every character of the source body, in order, apart from layout', () => {
    const body = readFileSync(sourcePath, 'utf8').replace(/\s/g, '');
    const rebuilt = [
      statement.title,
      statement.date,
      ...statement.sections.flatMap((s) => [
        s.heading ?? '',
        ...s.paragraphs.map((n) => statement.paragraphs[n - 1]!.text),
      ]),
    ]
      .join('')
      .replace(/\s/g, '');
    expect(rebuilt).toBe(body);
  });

  it('gives sentence offsets that tile each paragraph', () => {
    for (const paragraph of statement.paragraphs) {
      const joined = paragraph.sentences.map(({ start, end }) => paragraph.text.slice(start, end)).join('');
      expect(joined).toBe(paragraph.text);
      for (const { start, end } of paragraph.sentences)
        expect(/[。！？]$/.test(paragraph.text.slice(start, end))).toBe(true);
    }
  });
});

describe('the topics', () => {
  it('number 60 to 120, with unique ids and both kinds', () => {
    expect(topics.length).toBeGreaterThanOrEqual(60);
    expect(topics.length).toBeLessThanOrEqual(120);
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
    expect(topics.filter((t) => t.kind === 'specific').length).toBeGreaterThan(20);
    expect(topics.filter((t) => t.kind === 'general').length).toBeGreaterThan(20);
  });

  it('write every simplified form exactly as the statement does', () => {
    const missing = topics.flatMap((t) =>
      t.zh.filter((form) => !occursInStatement(form)).map((form) => `${t.id}: ${form}`),
    );
    expect(missing).toEqual([]);
  });

  it('list as abbreviations only forms the statement does not use', () => {
    const used = topics.flatMap((t) => t.abbr.filter(occursInStatement).map((form) => `${t.id}: ${form}`));
    expect(used).toEqual([]);
  });

  it('fold every character-level traditional form back to its simplified form', () => {
    const toTraditional = (['tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
    for (const topic of topics) {
      for (const form of [...topic.zh, ...topic.abbr]) {
        for (const convert of toTraditional)
          expect(foldText(convert(form)), `${topic.id}: ${convert(form)}`).toBe(form);
      }
    }
  });

  it('include generated traditional forms for topics whose script differs', () => {
    const taiwan = topics.find((t) => t.id === 'taiwan-question')!;
    expect(taiwan.zht).toEqual(expect.arrayContaining(['臺灣問題', '台灣問題']));
    expect(topics.find((t) => t.id === 'mtcr')!.zht).toContain('飛彈及其技術控制制度');
  });

  it('never give the same Chinese or English form to two topics', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const topic of topics) {
      for (const form of [
        ...topic.zh,
        ...topic.abbr,
        ...topic.zht.map(foldText),
        ...topic.en.map((e) => e.toLowerCase()),
      ]) {
        const owner = owners.get(form);
        if (owner && owner !== topic.id) clashes.push(`${form}: ${owner} / ${topic.id}`);
        owners.set(form, topic.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('have English aliases, acronyms in capitals', () => {
    for (const topic of topics) {
      expect(topic.en.length, topic.id).toBeGreaterThan(0);
      for (const alias of topic.en) expect(alias.trim(), topic.id).toBe(alias);
    }
    const acronyms = topics.flatMap((t) => t.en).filter((alias) => /^[A-Z0-9&.]+$/.test(alias));
    expect(acronyms).toEqual(expect.arrayContaining(['WTO', 'CTBT', 'MTCR', 'CWC', 'ITA']));
  });

  it('refer to paragraphs, and cover every section of the statement', () => {
    for (const topic of topics) expect(topic.paragraphs.length, topic.id).toBeGreaterThan(0);
    const covered = new Set(topics.flatMap((t) => t.paragraphs).map((n) => statement.paragraphs[n - 1]!.section));
    expect([...covered].sort((a, b) => a - b)).toEqual(statement.sections.map((s) => s.id));
  });

  it('name the topics the design calls out, with the right kinds', () => {
    const kindOf = (id: string) => topics.find((t) => t.id === id)?.kind;
    for (const id of ['taiwan-question', 'wto', 'ctbt', 'four-party-talks', 'mtcr', 'cwc', 'one-china-policy']) {
      expect(kindOf(id), id).toBe('specific');
    }
    for (const id of ['human-rights', 'united-nations', 'tariffs', 'climate-change', 'clean-energy']) {
      expect(kindOf(id), id).toBe('general');
    }
  });

  it('fold the traditional China–US anchors to simplified ones', () => {
    expect(chinaUsAnchors.map(foldText)).toContain('中国与美国');
    expect(foldText('中國與美國')).toBe('中国与美国');
  });
});
