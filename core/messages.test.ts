import { describe, expect, it } from 'vitest';
import { dispatchToContent, isPageChecks, isToBackground, isToContent, type ContentHandlers } from './messages';

describe('message guards', () => {
  it.each([
    [{ type: 'next-mention' }, true],
    [{ type: 'check-selection', text: '台湾问题' }, true],
    [{ type: 'check-selection' }, false],
    [{ type: 'page-summary' }, true],
    [{ type: 'reveal', target: { kind: 'topic', id: 'wto' } }, true],
    [{ type: 'reveal', target: { kind: 'quote', index: 2 } }, true],
    [{ type: 'reveal', target: { kind: 'quote', index: -1 } }, false],
    [{ type: 'reveal', target: { kind: 'quote', index: 2, text: '台湾问题是' } }, true],
    [{ type: 'reveal', target: { kind: 'quote', index: 2, text: 7 } }, false],
    [{ type: 'reveal' }, false],
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
    [{ type: 'quote-counts', altered: 1, unmatched: 0 }, true],
    [{ type: 'quote-counts', altered: 1.5, unmatched: 0 }, false],
    [{ type: 'open-panel' }, true],
    [{ type: 'load-main' }, true],
    [{ type: 'load-mains' }, false],
    [{ type: 'segment-words', windows: [] }, true],
    [{ type: 'segment-words', windows: [{ text: '保护个人权利', start: 2, end: 4 }] }, true],
    [{ type: 'segment-words', windows: [{ text: '保护个人权利', start: 4, end: 4 }] }, false],
    [{ type: 'segment-words', windows: [{ text: '保护个人权利', start: 2, end: 9 }] }, false],
    [{ type: 'segment-words', windows: [{ text: '保'.repeat(12), start: 2, end: 4 }] }, false],
    [{ type: 'segment-words', windows: Array(257).fill({ text: '个人权利', start: 1, end: 3 }) }, false],
    [{ type: 'segment-words' }, false],
    [{}, false],
  ])('isToBackground(%j) is %s', (message, expected) => {
    expect(isToBackground(message)).toBe(expected);
  });
});

describe('the side panel’s port', () => {
  it('accepts page checks and nothing else', () => {
    expect(isPageChecks({ title: 't', url: 'https://a.example/', hostname: 'a.example', topics: [], checks: [] })).toBe(
      true,
    );
    expect(isPageChecks({ title: 't', url: 'https://a.example/', hostname: 'a.example', topics: [] })).toBe(false);
    expect(isPageChecks({ type: 'quote-counts', altered: 1, unmatched: 0 })).toBe(false);
    expect(isPageChecks(null)).toBe(false);
  });
});

describe('dispatchToContent', () => {
  it('runs the handler of the request type and returns its reply', () => {
    const calls: string[] = [];
    const handlers: ContentHandlers = {
      'next-mention': () => void calls.push('next'),
      'check-selection': (message) => void calls.push(`check:${message.text}`),
      'page-summary': () => ({ hostname: 'example.com', topics: [], quotes: [] }),
      reveal: (message) => message.target.kind === 'topic',
    };
    expect(dispatchToContent(handlers, { type: 'reveal', target: { kind: 'topic', id: 'wto' } })).toBe(true);
    expect(dispatchToContent(handlers, { type: 'page-summary' }).hostname).toBe('example.com');
    dispatchToContent(handlers, { type: 'check-selection', text: '台湾问题' });
    expect(calls).toEqual(['check:台湾问题']);
  });
});
