import { describe, expect, it } from 'vitest';
import { passagesForTopic } from './clauses';
import { statement, topics } from '../data';

const topic = (id: string) => topics.find((t) => t.id === id)!;

describe('passagesForTopic', () => {
  it('gives the clause that names the topic, verbatim, with the words marked', () => {
    const [first] = passagesForTopic(topic('taiwan-question'), statement);
    expect(first!.paragraph).toBe(4);
    expect(first!.clauses[0]!.text).toMatch(/^中方强调，台湾问题是中美关系中最重要、最敏感的核心问题/);
    const [start, end] = first!.clauses[0]!.marks[0]!;
    expect(first!.clauses[0]!.text.slice(start, end)).toBe('台湾问题');
  });
  it('puts the paragraph that names the topic most often first, and keeps the others', () => {
    const passages = passagesForTopic(topic('three-communiques'), statement);
    expect(passages.map((p) => p.paragraph).sort()).toEqual([3, 4]);
    expect(passages[0]!.paragraph).toBe(4);
  });
  it('falls back to the first sentence when only a heading names the topic', () => {
    const passages = passagesForTopic(topic('nonproliferation'), statement);
    expect(passages[0]!.paragraph).toBe(19);
    expect(passages.find((p) => p.paragraph === 16)!.clauses[0]!.marks).toEqual([]);
    expect(passages.every((p) => p.section === '防扩散')).toBe(true);
  });
  it('marks the longest form, not a shorter one inside it', () => {
    const [first] = passagesForTopic(topic('three-communiques'), statement);
    const clause = first!.clauses[0]!;
    expect(clause.marks.map(([s, e]) => clause.text.slice(s, e))).toContain('中美三个联合公报');
  });
});
