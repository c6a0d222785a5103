/**
 * The only time bounds the end-to-end tests assert: generous safety bounds that catch work that
 * stopped yielding to the page, far above the targets (slices of about 6 ms, no long task over
 * 50 ms), so that a loaded machine does not fail them. Speeds are measured by `npm run bench`.
 */

/** One `yuanwen:scan` measure: five times the 50 ms long-task target. */
export const SLICE_SAFETY_MS = 250;
/** The page's main thread never blocked this long while the extension works (hostile pages). */
export const MAIN_THREAD_GAP_SAFETY_MS = 500;
/** The extension's scanning during a 3-second mutation storm: 5 % of it. */
export const STORM_SCAN_SAFETY_MS = 150;
/**
 * The 100,000-paragraph page only: adopting the marks' styles at the first mark restyles the whole page
 * once (README, "Known limits": 0.4–1 s there, by design, so that a page with nothing to mark sees no
 * style). Everything else on that page stays under MAIN_THREAD_GAP_SAFETY_MS.
 */
export const FIRST_MARKS_RESTYLE_SAFETY_MS = 1_500;
