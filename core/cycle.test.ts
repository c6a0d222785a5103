import { describe, expect, it } from 'vitest';
import { nextAfter, previousBefore, problemsFirst, type RankedMark } from './cycle';

describe('nextAfter', () => {
  it.each([
    [[], 'a', null],
    [['a', 'b', 'c'], 'a', 'b'],
    [['a', 'b', 'c'], 'c', 'a'],
    [['a', 'b', 'c'], 'x', 'a'],
    [['a', 'b', 'c'], null, 'a'],
  ])('in %j after %j comes %j', (items, current, expected) => {
    expect(nextAfter(items as string[], current)).toBe(expected);
  });
});

describe('previousBefore', () => {
  it.each([
    [[], 'a', null],
    [['a', 'b', 'c'], 'b', 'a'],
    [['a', 'b', 'c'], 'a', 'c'],
    [['a', 'b', 'c'], 'x', 'c'],
    [['a', 'b', 'c'], null, 'c'],
    [['a'], 'a', 'a'],
  ])('in %j before %j comes %j', (items, current, expected) => {
    expect(previousBefore(items as string[], current)).toBe(expected);
  });
});

describe('problemsFirst', () => {
  const marks: [string, RankedMark][] = [
    ['topic 1', { kind: 'mention' }],
    ['verbatim 1', { kind: 'quote', verdict: 'verbatim', form: 'quoted' }],
    ['passage altered', { kind: 'quote', verdict: 'altered', form: 'passage' }],
    ['altered 1', { kind: 'quote', verdict: 'altered', form: 'quoted' }],
    ['topic 2', { kind: 'mention' }],
    ['unmatched 1', { kind: 'quote', verdict: 'unmatched', form: 'quoted' }],
    ['altered 2', { kind: 'quote', verdict: 'altered', form: 'quoted' }],
    ['verbatim 2', { kind: 'quote', verdict: 'verbatim', form: 'quoted' }],
  ];
  it('puts unmatched, then altered, verbatim, passages and topics, each in document order', () => {
    expect(problemsFirst(marks, ([, mark]) => mark).map(([name]) => name)).toEqual([
      'unmatched 1',
      'altered 1',
      'altered 2',
      'verbatim 1',
      'verbatim 2',
      'passage altered',
      'topic 1',
      'topic 2',
    ]);
  });
});
