import { describe, expect, it } from 'vitest';
import { isAboutChinaUs, isFurniture, isLinkText, shouldMark } from './relevance';

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

describe('main text and page furniture', () => {
  const chain = (...items: (string | [string, string])[]) =>
    items.map((item) => (typeof item === 'string' ? { name: item, role: null } : { name: item[0], role: item[1] }));
  it.each([
    ['a paragraph of the article', chain('p', 'article', 'main', 'body'), false],
    ['the article headline in its own header', chain('h1', 'header', 'article', 'body'), false],
    ['a comment below the article', chain('p', 'div', 'section', 'main', 'body'), false],
    ["the site's navigation", chain('a', 'nav', 'header', 'body'), true],
    ["the site's header", chain('div', 'header', 'body'), true],
    ["the site's footer", chain('p', 'footer', 'body'), true],
    ['a sidebar', chain('li', 'ul', 'aside', 'div', 'body'), true],
    ['a div with role navigation', chain('li', ['div', 'navigation'], 'body'), true],
    ['a ticker with role marquee', chain('div', ['div', 'marquee'], 'body'), true],
    ['a region with role complementary inside main', chain('p', ['div', 'complementary'], 'main', 'body'), true],
    ['a footer inside a role=article', chain('p', 'footer', ['div', 'article'], 'body'), false],
    ['a div with role main', chain('p', ['div', 'main'], 'body'), false],
    ['plain text on a page without landmarks', chain('p', 'div', 'body'), false],
  ] as const)('%s → furniture %s', (_, ancestors, expected) => {
    expect(isFurniture(ancestors)).toBe(expected);
  });
  it('takes a block that is mostly link text for a list of links', () => {
    expect(isLinkText(12, 12)).toBe(true); // a related-news entry
    expect(isLinkText(8, 14)).toBe(true);
    expect(isLinkText(6, 60)).toBe(false); // a sentence with a link in it
    expect(isLinkText(0, 0)).toBe(false);
  });
});
