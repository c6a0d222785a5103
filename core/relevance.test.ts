import { describe, expect, it } from 'vitest';
import { isAboutChinaUs, shouldMark } from './relevance';

describe('relevance gate', () => {
  it.each([
    [[], false, false],
    [['general', 'general'], false, false],
    [['general'], true, true],
    [['general', 'specific'], false, true],
  ] as const)('kinds %j with anchor %s → %s', (kinds, anchor, expected) => {
    expect(isAboutChinaUs({ kinds, anchor })).toBe(expected);
  });
  it('always marks specific topics, general ones only when the gate is open', () => {
    expect(shouldMark('specific', false)).toBe(true);
    expect(shouldMark('general', false)).toBe(false);
    expect(shouldMark('general', true)).toBe(true);
  });
});
