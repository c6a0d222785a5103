/** The toolbar badge: how many quotations on the tab's page are altered or unmatched (none: no badge). */
export async function showQuoteCounts(tabId: number, count: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch {
    // The tab closed meanwhile.
  }
}
