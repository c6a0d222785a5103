import { expect, test } from '../harness/extension';
import {
  cardText,
  cardTextOf,
  hoverMark,
  installProbes,
  maxMainThreadGap,
  openFixture,
  pageMutations,
  quoteVerdicts,
  waitForScan,
} from '../harness/page-probes';
import { activeTabId, clickMenuItem, serviceWorker, type DispatchableEvent } from '../harness/service-worker';
import { MAIN_THREAD_GAP_SAFETY_MS, SLICE_SAFETY_MS } from '../harness/bounds';

test.describe('quote checking', () => {
  test('gives each quotation of the statement its verdict and unrelated quotations none (simplified)', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-quotes.html`, {
      audit: true,
      highlight: 'yuanwen-quote-verbatim',
    });
    const verdicts = await quoteVerdicts(page);
    console.log(JSON.stringify(verdicts));
    expect(verdicts).toEqual({
      verbatim: [
        '中方强调，台湾问题是中美关系中最重要、最敏感的核心问题。',
        '中美两国将扩大教育和文化交流……增加两国人民之间的交流将有助于发展长期的双边关系。',
      ],
      altered: ['自一九七九年以来，中美之间达成了二十多个双边科技合作协议', '致力于促使《全面禁止核试验条约》早日生效'],
      unmatched: ['美国将逐步减少对台湾的武器出售，并经过一段时间导致最后的解决。'],
    });
    expect(await pageMutations(page)).toEqual([]);
    await page.close();
  });

  test('checks traditional-script quotations of the simplified text', async ({ extensionContext, fixtureUrl }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hant-quotes.html`, {
      highlight: 'yuanwen-quote-verbatim',
    });
    expect(await quoteVerdicts(page)).toEqual({
      verbatim: ['臺灣問題是中美關係中最重要、最敏感的核心問題'],
      altered: ['中美兩國同意兩國元首每年定期訪問對方首都。'],
      unmatched: [],
    });
    await page.close();
  });

  test('the altered card shows the original wording with the differences', async ({ extensionContext, fixtureUrl }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-quotes.html`, {
      highlight: 'yuanwen-quote-verbatim',
    });
    await hoverMark(page, 'yuanwen-quote-altered', '自一九七九年以来，中美之间达成了二十多个双边科技合作协议', 'start');
    await expect.poll(() => cardText(page)).toContain('Altered');
    // The page's words and the original on two lines; a changed number is marked whole on each.
    expect(await cardTextOf(page, '.diff-original del')).toEqual(['三十']);
    expect(await cardTextOf(page, '.diff-page ins')).toEqual(['二十']);
    expect(await cardText(page)).toMatch(/¶29\b/);
    await page.close();
  });

  test('the unmatched card says the statement has no such passage', async ({ extensionContext, fixtureUrl }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-quotes.html`, {
      highlight: 'yuanwen-quote-verbatim',
    });
    await hoverMark(
      page,
      'yuanwen-quote-unmatched',
      '美国将逐步减少对台湾的武器出售，并经过一段时间导致最后的解决。',
      'start',
    );
    await expect.poll(() => cardText(page)).toContain('Not in the statement');
    expect(await cardText(page)).toContain('contains no such passage');
    await page.close();
  });

  test('checks a selection on demand, even on a page the gate keeps closed', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/unrelated-sports.html`);
    const worker = serviceWorker(extensionContext, extensionId);
    // The menu passes the selection's text (its own selectionText), which is what gets checked.
    const checkSelection = (text: string) =>
      clickMenuItem(worker, page, { menuItemId: 'check-selection', ...(text && { selectionText: text }) });

    // Select the page's own words: not in the statement. The menu passes on the selected text.
    const selected = await page.evaluate(() => {
      const p = document.querySelectorAll('p')[1]!;
      document.getSelection()!.selectAllChildren(p);
      return document.getSelection()!.toString();
    });
    await checkSelection(selected);
    await expect.poll(() => cardText(page)).toContain('Not in the statement');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();

    // Text passed by the menu when nothing is selected in the page any more.
    await page.evaluate(() => document.getSelection()!.removeAllRanges());
    await checkSelection('两国同意在北京和华盛顿之间建立元首间通讯联络');
    await expect.poll(() => cardText(page)).toContain('Verbatim');
    expect(await cardText(page)).toMatch(/¶9\b/);
    await page.close();
  });

  test('checks a 20 MB selection without freezing the page, and a page without <body> without an error', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await extensionContext.newPage();
    await installProbes(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Script errors only (the fixture server has no favicon, which Chromium reports as a console error too).
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(message.text());
    });
    await page.goto(`${fixtureUrl}/articles/unrelated-sports.html`);
    await waitForScan(page);
    const worker = serviceWorker(extensionContext, extensionId);
    // A whole selected document reaches the menu as 20 MB of selectionText (made in the worker: the
    // page's own selection plays no part in what is checked).
    const tabId = await activeTabId(worker, page);
    await maxMainThreadGap(page, true);
    await worker.evaluate(async (tabId) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { get(id: number): Promise<unknown> }; contextMenus: { onClicked: DispatchableEvent } };
      };
      const tab = await chrome.tabs.get(tabId);
      const selectionText = '两国同意在北京和华盛顿之间建立元首间通讯联络，'.repeat(20_000_000 / 24);
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'check-selection', editable: false, selectionText }, tab);
    }, tabId);
    await expect.poll(() => cardText(page)).not.toBeNull();
    expect(await maxMainThreadGap(page)).toBeLessThan(MAIN_THREAD_GAP_SAFETY_MS);
    await page.keyboard.press('Escape');

    await page.evaluate(() => document.body.remove());
    await clickMenuItem(worker, page, {
      menuItemId: 'check-selection',
      selectionText: '两国同意在北京和华盛顿之间建立元首间通讯联络',
    });
    await expect.poll(() => cardText(page)).toContain('Verbatim');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('checks a page that reproduces long passages, staying responsive', async ({ extensionContext, fixtureUrl }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/pages/long-passage.html`, {
      highlight: 'yuanwen-quote-verbatim',
    });
    const verdicts = await quoteVerdicts(page);
    expect(verdicts.altered).toEqual([
      '为了实现这一目标，双方同意加紧关于市场准入、包括关税、非关税措施、服务业、标准、农业等问题和履行世界贸易组织原则的谈判，以便中国可以在商业上有意义的基础上尽快加入世界贸易组织。',
    ]);
    expect(verdicts.verbatim.slice(0, 3)).toEqual([
      '两国元首准备采取积极和有效的措施扩大中美贸易和经济关系。',
      '两国经济正迈向二十一世纪，信息技术对促进技术革新和提高生产力至关重要。',
      '中美两国认为，中国全面参加多边贸易体制符合双方的利益。',
    ]);
    expect(verdicts.verbatim.length).toBeGreaterThan(100);
    const longest = await page.evaluate(() =>
      Math.max(...performance.getEntriesByName('yuanwen:scan').map((e) => e.duration)),
    );
    console.log(`long passage: ${verdicts.verbatim.length} verbatim sentences, longest slice ${longest.toFixed(1)} ms`);
    expect(longest).toBeLessThan(SLICE_SAFETY_MS); // a safety bound, not a speed: see tests/harness/bounds.ts
    await page.close();
  });
});
