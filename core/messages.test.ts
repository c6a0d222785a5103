import { describe, expect, it } from 'vitest';
import { isToBackground, isToContent } from './messages';

describe('message guards', () => {
  it.each([
    [{ type: 'next-mention' }, true],
    [{ type: 'check-selection', text: '台湾问题' }, true],
    [{ type: 'check-selection' }, false],
    [{ type: 'other' }, false],
    [null, false],
    ['next-mention', false],
  ])('isToContent(%j) is %s', (message, expected) => {
    expect(isToContent(message)).toBe(expected);
  });
  it.each([
    [{ type: 'open-reader' }, true],
    [{ type: 'open-reader', paragraph: 12 }, true],
    [{ type: 'open-reader', paragraph: 0 }, false],
    [{ type: 'open-reader', paragraph: '12' }, false],
    [{}, false],
  ])('isToBackground(%j) is %s', (message, expected) => {
    expect(isToBackground(message)).toBe(expected);
  });
});
