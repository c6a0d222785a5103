import { expect, test } from '../harness/extension';
import { cardText, highlightTexts, openFixture, waitForScan } from '../harness/page-probes';
import { activeTabId, badgeText, resetSettings, serviceWorker, setSyncStorage } from '../harness/service-worker';

test.describe('popup search', () => {
  test('focuses the search box, ranks results as you type and shows the top result first', async ({
    extensionContext,
    extensionId,
  }) => {
    const popup = await extensionContext.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const input = popup.locator('input[type=search]');
    await expect(input).toBeFocused();
    await expect(popup.locator('input[type=search]')).toHaveCount(1);

    for (const [query, words] of <[string, string][]>[
      ['台湾问题', '台湾问题是中美关系中最重要'],
      ['臺灣問題', '台湾问题是中美关系中最重要'],
      ['WTO', '世界贸易组织'],
      ['taiwan wenti', '台湾问题'],
      ['全面禁止核试验条例', '全面禁止核试验条约'],
    ]) {
      const started = Date.now();
      await input.fill(query);
      await expect(popup.locator('li').first()).toContainText(words);
      console.log(`popup: "${query}" → first result in ${Date.now() - started} ms`);
    }
    await expect(popup.locator('li').first().locator('mark').first()).toBeVisible();
    await popup.close();
  });

  test('moves through results with the arrow keys and opens the reader at the paragraph with Enter', async ({
    extensionContext,
    extensionId,
  }) => {
    const popup = await extensionContext.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('input[type=search]').fill('四方会谈');
    await expect(popup.locator('li[aria-selected=true]')).toContainText('四方会谈');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowUp');
    await expect(popup.locator('li').first()).toHaveAttribute('aria-selected', 'true');
    // The popup closes itself once the reader opens, possibly before the key press returns.
    const [reader] = await Promise.all([
      extensionContext.waitForEvent('page'),
      popup.keyboard.press('Enter').catch(() => undefined),
    ]);
    await expect(reader).toHaveURL(/reader\.html#p6$/);
    await expect(reader.locator('#p6')).toHaveClass(/is-marked/);
    await reader.close();
    if (!popup.isClosed()) await popup.close();
  });

  test('suggests topics when empty and says so honestly when nothing is found', async ({
    extensionContext,
    extensionId,
  }) => {
    const popup = await extensionContext.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('.suggestions button')).not.toHaveCount(0);
    await popup.locator('.suggestions button', { hasText: 'WTO' }).click();
    await expect(popup.locator('li').first()).toContainText('世界贸易组织');
    await popup.locator('input[type=search]').fill('篮球联赛');
    await expect(popup.locator('#results')).toHaveCount(0);
    await expect(popup.getByRole('status')).toContainText('篮球联赛');
    await popup.close();
  });
});

test.describe('popup on this page, settings and badge', () => {
  test('lists what the page shows and leads to it', async ({ extensionContext, extensionId, fixtureUrl }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-quotes.html`, {
      highlight: 'yuanwen-quote-verbatim',
    });
    const tabId = await activeTabId(serviceWorker(extensionContext, extensionId), page);

    const popup = await extensionContext.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    const onPage = popup.locator('.on-this-page');
    await expect(onPage).toContainText('双边科技合作协议');
    await expect(onPage.locator('.verdict-altered')).toHaveCount(2);
    await expect(onPage.locator('.verdict-unmatched')).toHaveCount(1);
    await expect(onPage.locator('.verdict-verbatim')).toHaveCount(2);
    // While a query is typed, the first <li> on the popup is still the top result.
    await popup.locator('input[type=search]').fill('WTO');
    await expect(popup.locator('li').first()).toContainText('世界贸易组织');

    await onPage.locator('.verdict-unmatched').click();
    await expect.poll(() => cardText(page)).toContain('Not in the statement');
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });

  test('says so on pages where the content script cannot run', async ({ extensionContext, extensionId }) => {
    const page = await extensionContext.newPage();
    await page.goto(`chrome-extension://${extensionId}/reader.html`);
    const tabId = await activeTabId(serviceWorker(extensionContext, extensionId), page);
    const popup = await extensionContext.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('.on-this-page .page-note')).toContainText('cannot run on this page');
    await popup.close();
    await page.close();
  });

  test('offers to reload a tab where its content script is not running and the address is not its to read', async ({
    extensionContext,
    extensionId,
  }) => {
    // Such a tab is, on the web, most likely one opened before Yuanwen was installed or updated.
    const page = await extensionContext.newPage();
    await page.goto('about:blank');
    const tabId = await activeTabId(serviceWorker(extensionContext, extensionId), page);
    const popup = await extensionContext.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('.on-this-page .page-note')).toContainText(
      'opened before Yuanwen was installed or updated',
    );
    const reloaded = page.waitForEvent('load');
    await popup.locator('.reload-tab').click();
    await reloaded;
    await popup.close();
    await page.close();
  });

  test('shows altered and unmatched quotations on the badge', async ({ extensionContext, extensionId, fixtureUrl }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-quotes.html`, {
      highlight: 'yuanwen-quote-verbatim',
    });
    const worker = serviceWorker(extensionContext, extensionId);
    const tabId = await activeTabId(worker, page);
    const badge = (id: number) => badgeText(worker, id);
    await expect.poll(() => badge(tabId)).toBe('3');

    const plain = await extensionContext.newPage();
    await plain.goto(`${fixtureUrl}/articles/en-analysis.html`);
    await waitForScan(plain);
    expect(await badge(await activeTabId(worker, plain))).toBe('');
    await plain.close();
    await page.close();
  });

  test('turning a site off removes its marks at once, and on again brings them back', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-summit.html`);
    expect((await highlightTexts(page, 'yuanwen-mention')).length).toBeGreaterThan(20);
    const tabId = await activeTabId(serviceWorker(extensionContext, extensionId), page);

    const popup = await extensionContext.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    const toggle = popup.locator('.site-toggle input');
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect.poll(() => highlightTexts(page, 'yuanwen-mention'), { timeout: 1000 }).toEqual([]);
    await expect(popup.locator('.page-note')).toContainText('turned off');

    // It stays off after a reload.
    await page.reload();
    await page.waitForTimeout(600);
    expect(await highlightTexts(page, 'yuanwen-mention')).toEqual([]);

    await toggle.check();
    await expect
      .poll(() => highlightTexts(page, 'yuanwen-mention').then((t) => t.length), { timeout: 2000 })
      .toBeGreaterThan(20);
    await popup.close();
    await page.close();
  });

  test('applies settings live, and a corrupt stored value falls back to defaults without an error', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await extensionContext.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${fixtureUrl}/articles/zh-hans-quotes.html`);
    await waitForScan(page, 'yuanwen-quote-verbatim');

    const options = await extensionContext.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('input[name=quoteChecking]').uncheck();
    await expect(options.getByRole('status')).toContainText(/Saved|已保存|已儲存/);
    await expect.poll(() => highlightTexts(page, 'yuanwen-quote-altered'), { timeout: 1000 }).toEqual([]);
    await options.locator('input[name=quoteChecking]').check();
    await expect
      .poll(() => highlightTexts(page, 'yuanwen-quote-altered').then((t) => t.length), { timeout: 2000 })
      .toBe(2);

    await options.locator('input[name=highlightStyle][value=tint]').check();
    await expect
      .poll(() => highlightTexts(page, 'yuanwen-mention-tint').then((t) => t.length), { timeout: 2000 })
      .toBeGreaterThan(0);
    await options.locator('input[name=highlightStyle][value=underline]').check();

    const worker = serviceWorker(extensionContext, extensionId);
    await setSyncStorage(worker, { settings: '{not json' });
    await page.reload();
    await waitForScan(page, 'yuanwen-quote-verbatim');
    expect((await highlightTexts(page, 'yuanwen-quote-altered')).length).toBe(2);
    await expect(options.locator('input[name=generalTopics][value=auto]')).toBeChecked();
    expect(errors).toEqual([]);
    await resetSettings(worker);
    await options.close();
    await page.close();
  });
});
