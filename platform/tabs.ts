/** Talking to the content script of the tab an extension page speaks about. */
import type { ContentReply, ToContent } from '@/core/messages';
import { stateWithoutScript, type PageState } from '@/core/page-state';

/** The tab a page speaks about: `?tab=<id>` when given (tests open the popup as a page), else the active tab. */
export async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** That tab with its window (the side panel opens in a window), as far as the browser tells. */
export async function targetTab(): Promise<{ id?: number; windowId?: number } | undefined> {
  const id = await targetTabId();
  return id === undefined ? undefined : browser.tabs.get(id).catch(() => ({ id }));
}

/** Sends a request to that tab's content script; the reply is typed by the request. Rejects when no script listens. */
export async function askTab<M extends ToContent>(message: M): Promise<ContentReply<M> | undefined> {
  const tabId = await targetTabId();
  if (tabId === undefined) return undefined;
  return (await browser.tabs.sendMessage(tabId, message)) as ContentReply<M>;
}

/** What the tab shows, or why it shows nothing (no content script there, or none that may run there). */
export async function askPageState(): Promise<PageState> {
  try {
    const summary = await askTab({ type: 'page-summary' });
    if (summary) return { status: 'ready', summary };
  } catch {
    // No content script answered.
  }
  const tabId = await targetTabId();
  const tab = tabId === undefined ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
  return stateWithoutScript(tab?.url);
}
