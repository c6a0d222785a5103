/**
 * The side panel's view of a tab: which tab it speaks about (`?tab=<id>`, else the active tab of its
 * window, followed as the user switches), and that tab's checks, pushed by its content script through
 * a port whenever they change (late content, a page replacing its article). A port closes when the
 * tab navigates; the panel connects again.
 */
import type { Browser } from 'wxt/browser';
import { isPageChecks, PANEL_PORT, type RevealTarget } from '@/core/messages';
import { stateWithoutScript, type PanelState } from '@/core/page-state';

/** The tab given as `?tab=<id>` (the panel opened as a page), if any. */
export function fixedTab(): number | undefined {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** Attempts to reach a tab's content script before waiting for the tab to finish loading (it starts when idle). */
const RETRIES = 8;
const RETRY_MS = 750;

export function watchPageChecks(onState: (state: PanelState, tabId: number | undefined) => void): () => void {
  const fixed = fixedTab();
  let tabId: number | undefined;
  let port: Browser.runtime.Port | null = null;
  let retryTimer = 0;
  let stopped = false;

  const connect = (id: number | undefined, attempt = 0) => {
    window.clearTimeout(retryTimer);
    const old = port;
    port = null;
    old?.disconnect();
    if (stopped) return;
    if (id !== tabId) onState({ status: 'loading' }, id);
    tabId = id;
    if (id === undefined) return onState({ status: 'unavailable' }, id);
    let answered = false;
    // An address the extension may read and no web page (the browser's own, an extension's): no script runs there.
    void browser.tabs.get(id).then(
      (tab) => {
        if (tabId !== id || port === null) return;
        const state = stateWithoutScript(tab.url);
        if (state.status === 'unavailable' && !answered) onState(state, id);
      },
      () => undefined,
    );
    let current: Browser.runtime.Port;
    try {
      current = browser.tabs.connect(id, { name: PANEL_PORT });
    } catch {
      return onState({ status: 'unavailable' }, id);
    }
    port = current;
    current.onMessage.addListener((message: unknown) => {
      if (port !== current || !isPageChecks(message)) return;
      answered = true;
      onState({ status: 'ready', checks: message, checkedAt: new Date() }, id);
    });
    current.onDisconnect.addListener(() => {
      void browser.runtime.lastError; // read, so the browser does not report it unchecked
      if (port !== current || stopped) return;
      port = null;
      // The tab navigated (its script went with the document) or has no script yet: try again.
      if (answered) onState({ status: 'loading' }, id);
      else if (attempt >= RETRIES - 1) void stateOf(id).then((state) => tabId === id && onState(state, id));
      if (answered || attempt < RETRIES - 1)
        retryTimer = window.setTimeout(() => connect(id, answered ? 0 : attempt + 1), RETRY_MS);
    });
  };

  const onActivated = (info: { tabId: number; windowId: number }) => {
    void browser.windows.getCurrent().then((own) => {
      if (info.windowId === own.id) connect(info.tabId);
    });
  };
  // A tab that finished loading gets its chances again (the content script starts once the page is idle).
  const onUpdated = (id: number, change: { status?: string }) => {
    if (id === tabId && change.status === 'complete' && !port) connect(id);
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  if (fixed === undefined) {
    browser.tabs.onActivated.addListener(onActivated);
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => connect(tab?.id));
  } else connect(fixed);

  return () => {
    stopped = true;
    window.clearTimeout(retryTimer);
    port?.disconnect();
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onActivated.removeListener(onActivated);
  };
}

/** Why a tab shows nothing: no script may run there, or none was there. */
async function stateOf(tabId: number): Promise<PanelState> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return stateWithoutScript(tab?.url);
}

/**
 * Scrolls the tab to a check or a topic and opens its card there. The panel opened as a page brings
 * that tab to the front first (a side panel sits beside it already).
 */
export async function revealInTab(tabId: number, target: RevealTarget): Promise<boolean> {
  if (fixedTab() === tabId) await browser.tabs.update(tabId, { active: true });
  return Boolean(await browser.tabs.sendMessage(tabId, { type: 'reveal', target }).catch(() => false));
}
