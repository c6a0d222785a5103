import { describe, expect, it } from 'vitest';
import { nextAfter } from './cycle';

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
