/**
 * The browsers this build declares it runs in, and what the oldest of them lack.
 * The manifests read the minimums from here; core/browser-support.test.ts checks
 * every web API, CSS feature and extension API the code uses against
 * @mdn/browser-compat-data at these versions.
 */

/** Firefox 140 ESR. */
export const MIN_FIREFOX = 140;
/** Firefox for Android: the first that knows data_collection_permissions. */
export const MIN_FIREFOX_ANDROID = 142;
/**
 * Chrome (and Edge): the side panel (`side_panel`, the `sidePanel` permission) is the newest thing
 * needed; `sidePanel.open` (116) is feature-detected, with the panel page in a tab before it.
 */
export const MIN_CHROME = 114;

/** Firefox paints `text-decoration` in `::highlight()` from 146 (bug 1845446); before, underlines are invisible. */
export const FIREFOX_HIGHLIGHT_DECORATION = 146;
/** Firefox's `caretPositionFromPoint` takes `shadowRoots` from 150; before, text in shadow roots is not found. */
export const FIREFOX_CARET_SHADOW_ROOTS = 150;

export interface BrowserGaps {
  /** Underlined marks would be invisible: marks are tinted instead. */
  tintInsteadOfUnderline: boolean;
  /** Marks inside a page's shadow roots are painted but cannot be hovered. */
  noHoverInShadowRoots: boolean;
}

/** Firefox's major version from a user-agent string (`… Firefox/140.0`), or null for other browsers. */
export function firefoxVersion(userAgent: string): number | null {
  if (/Seamonkey\//i.test(userAgent)) return null;
  const match = /\bFirefox\/(\d+)/.exec(userAgent);
  return match ? Number(match[1]) : null;
}

export function browserGaps(userAgent: string): BrowserGaps {
  const firefox = firefoxVersion(userAgent);
  return {
    tintInsteadOfUnderline: firefox !== null && firefox < FIREFOX_HIGHLIGHT_DECORATION,
    noHoverInShadowRoots: firefox !== null && firefox < FIREFOX_CARET_SHADOW_ROOTS,
  };
}

export function hasGaps(gaps: BrowserGaps): boolean {
  return gaps.tintInsteadOfUnderline || gaps.noHoverInShadowRoots;
}

/**
 * Highlights whose style is only an underline, and the tint painted under them
 * where underlines are not drawn. The other highlights have a background already.
 */
export const TINT_FALLBACKS: Readonly<Record<string, string>> = {
  'yuanwen-mention': 'yuanwen-mention-tint',
  'yuanwen-quote-verbatim': 'yuanwen-quote-verbatim-tint',
};
