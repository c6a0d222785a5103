/** Opening the side panel (Chrome) or the sidebar (Firefox), and the panel page in a tab where they refuse. */

declare module '@wxt-dev/browser' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Browser {
    /** Firefox's sidebar, which WXT's types (Chrome's APIs) do not list; undefined in Chrome. */
    const sidebarAction: { open(): Promise<void> } | undefined;
  }
}

/** The panel page, speaking about a tab when given (`sidepanel.html?tab=<id>`, as the popup). */
export function panelUrl(tabId?: number): string {
  return browser.runtime.getURL(`/sidepanel.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
}

/**
 * Opens the side panel of a tab's window. Browsers allow it only from a user action in the extension's
 * own interface, so call it synchronously in that action's handler (no `await` before it). Where it is
 * refused or missing (Firefox refuses a content script's click passed on by message; Chrome before 116
 * has no `sidePanel.open`), the panel page opens in a tab instead, speaking about that tab.
 */
export function openPanel(tab: { id?: number; windowId?: number }): Promise<'panel' | 'tab'> {
  let opening: Promise<void>;
  try {
    if (browser.sidePanel?.open && tab.windowId !== undefined)
      opening = browser.sidePanel.open({ windowId: tab.windowId });
    else if (browser.sidebarAction?.open) opening = browser.sidebarAction.open();
    else opening = Promise.reject(new Error('no side panel in this browser'));
  } catch (error) {
    opening = Promise.reject(error);
  }
  return opening.then(
    () => 'panel' as const,
    async () => {
      await browser.tabs.create({ url: panelUrl(tab.id) });
      return 'tab' as const;
    },
  );
}
