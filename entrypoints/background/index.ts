import { chineseWords, straddlingIn, type Segmenter } from '@/core/boundaries';
import { MAX_SELECTION_CHECK } from '@/core/quote-candidates';
import { isToBackground, type ToContent } from '@/core/messages';
import { showQuoteCounts } from './badge';
import { openReader } from '@/platform/reader';
import { openPanel } from '@/platform/side-panel';
import { migrateStoredSettings } from '@/platform/settings-store';
import type { Runtime } from 'webextension-polyfill';

const CHECK_SELECTION_MENU = 'check-selection';
const CHECK_PAGE_MENU = 'check-page';

// The service worker: opens the reader, keeps each tab's badge, and owns the
// context menu and the keyboard command.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isToBackground(message)) return undefined;
    if (message.type === 'load-main') {
      // The main stage will soon ask for words: the segmenter is made meanwhile, off the page's thread.
      setTimeout(wordSegmenter, 0);
      return loadMainScript(sender);
    }
    if (message.type === 'segment-words') {
      const segment = wordSegmenter();
      return Promise.resolve(message.windows.map((around) => straddlingIn(around, segment)));
    }
    if (message.type === 'open-reader') void openReader(message.paragraph);
    // The card's button: a click in a content script, which Firefox does not count as the user's action
    // here (then the panel page opens in a tab).
    else if (message.type === 'open-panel') void (sender.tab && openPanel(sender.tab));
    else if (sender.tab?.id !== undefined) void showQuoteCounts(sender.tab.id, message.altered + message.unmatched);
    return undefined;
  });

  // Settings written by an earlier version are brought up to date once, here, not in every content script.
  browser.runtime.onInstalled.addListener(() => void migrateStoredSettings());
  browser.runtime.onStartup.addListener(() => void migrateStoredSettings());

  // "Check against the 1997 statement" on any selection, on any page.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: CHECK_SELECTION_MENU,
      title: browser.i18n.getMessage('menuCheckSelection') || 'Check against the 1997 statement',
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: CHECK_PAGE_MENU,
      title: browser.i18n.getMessage('menuCheckPage') || 'Check this whole page against the 1997 statement',
      contexts: ['page'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    // A menu click is the user's action: the side panel may open here (nothing awaited before it).
    if (info.menuItemId === CHECK_PAGE_MENU && tab) void openPanel(tab);
    if (info.menuItemId !== CHECK_SELECTION_MENU || tab?.id === undefined) return;
    void sendToTab(tab.id, {
      type: 'check-selection',
      text: (info.selectionText ?? '').slice(0, MAX_SELECTION_CHECK),
    });
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-mention') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, { type: 'next-mention' });
  });
});

let segmenter: Segmenter | null = null;
/**
 * One word segmenter for every page: making one loads ICU's word rules and dictionary, which
 * the pages are spared (see page/segment-requests.ts).
 */
function wordSegmenter(): Segmenter {
  return (segmenter ??= chineseWords());
}

/**
 * Loads the content script's main stage into the frame whose first stage asked (into that very
 * document, where the browser can say which), in the same isolated world. Resolves once it ran.
 */
async function loadMainScript(sender: Runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  const frameId = sender.frameId ?? 0;
  if (import.meta.env.MANIFEST_VERSION === 2) {
    await browser.tabs.executeScript(tabId, { file: '/content-main.js', frameId });
  } else {
    const { documentId } = sender as { documentId?: string };
    await browser.scripting.executeScript({
      target: documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] },
      files: ['/content-main.js'],
      injectImmediately: true,
    });
  }
  return true;
}

/** Pages where the content script cannot run (browser pages, the store) simply have no listener. */
function sendToTab(tabId: number, message: ToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}
