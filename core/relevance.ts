/**
 * The relevance gate: specific topics are always marked; general topics only
 * on pages about China–US relations (a specific topic or an anchor appears in
 * the page's main text, not in its navigation, sidebars, footers or link lists).
 */
import type { TopicKind } from './types';

export interface GateInput {
  /** Kinds of the topics found on the page so far. */
  kinds: Iterable<TopicKind>;
  /** Whether an anchor (中美, U.S.-China …) occurs on the page. */
  anchor: boolean;
}

export function isAboutChinaUs({ kinds, anchor }: GateInput): boolean {
  if (anchor) return true;
  for (const kind of kinds) if (kind === 'specific') return true;
  return false;
}

export function shouldMark(kind: TopicKind, pageIsAboutChinaUs: boolean): boolean {
  return kind === 'specific' || pageIsAboutChinaUs;
}

/** Landmarks that are the page's furniture, not its text: navigation, sidebars, banners, footers, tickers. */
const FURNITURE_ELEMENTS = new Set(['nav', 'aside', 'header', 'footer', 'menu', 'marquee']);
const FURNITURE_ROLES = new Set([
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'menu',
  'menubar',
  'search',
  'marquee',
]);
/** Where a header or footer is the article's own (its headline, its byline), not the site's. */
const SECTIONING = new Set(['article', 'main']);
const SECTIONING_ROLES = new Set(['article', 'main']);

export interface Landmark {
  /** Lower-case element name. */
  name: string;
  role: string | null;
}

/**
 * Whether text under these ancestors (nearest first) is page furniture. A
 * header or footer inside an article or main is the article's own.
 */
export function isFurniture(ancestors: Iterable<Landmark>): boolean {
  let header = false;
  for (const { name, role } of ancestors) {
    const roles = role?.trim().toLowerCase().split(/\s+/) ?? [];
    if (roles.some((r) => FURNITURE_ROLES.has(r))) return true;
    // Anything furniture below the article was found first; a header or footer here is its own.
    if (SECTIONING.has(name) || roles.some((r) => SECTIONING_ROLES.has(r))) return false;
    if (name === 'header' || name === 'footer') header = true;
    else if (FURNITURE_ELEMENTS.has(name)) return true;
  }
  return header;
}

/** A block that is mostly link text is an entry in a list of links (related news, a ticker, a menu). */
export function isLinkText(linkChars: number, textChars: number): boolean {
  return textChars > 0 && linkChars * 2 >= textChars;
}
