/** What the popup (and side panel) can say about a tab, from whether its content script answered. */
import type { PageChecks, PageSummary } from './messages';

export type PageState =
  | { status: 'loading' }
  /** The content script cannot run there (browser pages, extension stores, other extensions). */
  | { status: 'unavailable' }
  /**
   * A web page, or one whose address we may not read, without a content script: most likely opened
   * before Yuanwen was installed or updated (an updated extension's old script stops itself). A reload helps.
   */
  | { status: 'absent' }
  | { status: 'ready'; summary: PageSummary };

/**
 * The state of a tab whose content script did not answer. `url` is the tab's address when the
 * browser lets the extension read it (its own pages; web pages only with more permissions than it asks for).
 */
export function stateWithoutScript(url: string | undefined): { status: 'unavailable' } | { status: 'absent' } {
  return url !== undefined && !/^https?:/i.test(url) ? { status: 'unavailable' } : { status: 'absent' };
}

/** What the side panel shows: like the popup, but every check in full, and when it was received. */
export type PanelState =
  Exclude<PageState, { status: 'ready' }> | { status: 'ready'; checks: PageChecks; checkedAt: Date };
