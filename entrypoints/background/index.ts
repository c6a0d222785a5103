import { isToBackground, type ToContent } from '@/core/messages';
import { openReader } from './open-reader';

const CHECK_SELECTION_MENU = 'check-selection';

// The service worker: the toolbar button opens the full text, cards ask it to
// open the reader at a paragraph, and the keyboard command reaches the page.
export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener(() => void openReader());

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isToBackground(message)) void openReader(message.paragraph);
    return undefined;
  });

  // "Check against the 1997 statement" on any selection, on any page.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: CHECK_SELECTION_MENU,
      title: 'Check against the 1997 statement · 核对1997年联合声明原文',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CHECK_SELECTION_MENU || tab?.id === undefined) return;
    const message: ToContent = { type: 'check-selection', text: info.selectionText ?? '' };
    void browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-mention') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // Pages where the content script cannot run (browser pages, the store) simply have no listener.
    await browser.tabs.sendMessage(tab.id, { type: 'next-mention' } satisfies ToContent).catch(() => undefined);
  });
});
