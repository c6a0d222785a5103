/**
 * Marks only where they belong: terms inside longer words, the relevance gate's
 * anchors outside the main text, text the reader cannot see or is editing.
 */
import type { Page, Worker } from '@playwright/test';
import { BOUNDARY_TABLE } from '../../core/boundaries.table';
import type { PageSummary } from '../../core/messages';
import { expect, test } from '../harness/extension';
import { highlightTexts, openFixture, scoreMarks, waitForScan } from '../harness/page-probes';
import { activeTabId, serviceWorker } from '../harness/service-worker';

const MENTION = 'yuanwen-mention';
type Chrome = typeof import('webextension-polyfill');

/** Exactly what a careful reader would mark, in document order. */
const EXPECTED: Record<string, string[]> = {
  // A portal around a China–US story: ticker, sidebar and footer carry the traps.
  'zh-portal': [
    '高层对话',
    '防扩散',
    '高层对话',
    '中美关系',
    '台湾问题',
    '中美关系',
    '一个中国的政策',
    '朝鲜半岛',
    '中东',
    '关税',
    '市场准入',
    '关税',
    '世界贸易组织',
    '出口管制',
    '联合国',
    '联合国安理会',
    '联合国',
    '维和',
    '中东',
    '南亚',
    '防扩散',
    '人权',
    '人文交流',
    '气候变化',
    '清洁能源',
    '世贸组织',
  ],
  // Weather, traffic and city news: nothing here is about China–US relations or the statement.
  'zh-unrelated': [],
  'en-wire': [
    'Korean Peninsula',
    'Human Rights',
    'Korean Peninsula',
    'human rights',
    'Middle East',
    'Taiwan question',
    'UN Security Council',
    'Energy Department',
    'clean energy',
    'tariffs',
    'WTO',
  ],
};

/** The content script's reply to the popup's "what is on this page" question. */
async function pageSummary(worker: Worker, page: Page): Promise<PageSummary> {
  const tabId = await activeTabId(worker, page);
  return worker.evaluate(
    (tabId) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(tabId, { type: 'page-summary' }),
    tabId,
  ) as Promise<PageSummary>;
}

test.describe('marks only where they belong', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    test(`marks exactly the reader's terms on ${name}`, async ({ extensionContext, fixtureUrl }) => {
      const page = await openFixture(extensionContext, `${fixtureUrl}/portal/${name}.html`);
      // The page names its tab from script after loading; wait past it and any rescan it causes.
      await page.waitForFunction(() => /世界贸易组织|\|/.test(document.title));
      await page.waitForTimeout(700);
      const found = await highlightTexts(page, MENTION);
      const score = scoreMarks(found, expected);
      console.log(
        `${name}: ${found.length} marks, ${expected.length} expected, recall ${(score.recall * 100).toFixed(1)} %, ` +
          `precision ${(score.precision * 100).toFixed(1)} %` +
          (score.missed.length ? `, missed ${score.missed.join('|')}` : '') +
          (score.wrong.length ? `, false ${score.wrong.join('|')}` : ''),
      );
      expect(found).toEqual(expected);
      await page.close();
    });
  }

  test('hidden text is neither marked nor counted, and is marked once revealed', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/portal/zh-portal.html`);
    const worker = serviceWorker(extensionContext, extensionId);
    const wto = (await pageSummary(worker, page)).topics.find((topic) => topic.id === 'wto');
    // 世界贸易组织 in the article and 世贸组织 in the sidebar; not the two in the hidden mobile summary.
    expect(wto?.count).toBe(2);
    const texts = await highlightTexts(page, MENTION);
    expect(texts).not.toContain('四方会谈'); // visibility: hidden
    expect(texts).not.toContain('全面禁止核试验条约'); // hidden until "展开全文"

    await page.click('#expand');
    await expect
      .poll(() => highlightTexts(page, MENTION), { timeout: 2000 })
      .toEqual(expect.arrayContaining(['全面禁止核试验条约', '导弹及其技术控制制度']));
    await page.close();
  });

  test('text made editable after the scan loses its marks, and gets them back when it is not', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/pages/late-editing.html`);
    // An inline editing host is never marked; the rest of its paragraph is.
    expect(await highlightTexts(page, MENTION)).toEqual(['世界贸易组织', '台湾问题', '四方会谈', '禁止化学武器公约']);

    const call = (fn: string, id?: string) =>
      page.evaluate(([fn, id]) => (window as unknown as Record<string, (id?: string) => void>)[fn!]!(id), [fn, id]);
    await call('makeEditable', 'inline');
    await expect
      .poll(() => highlightTexts(page, MENTION), { timeout: 2000 })
      .toEqual(['世界贸易组织', '台湾问题', '禁止化学武器公约']);
    await call('makeEditable', 'body');
    await expect
      .poll(() => highlightTexts(page, MENTION), { timeout: 2000 })
      .toEqual(['世界贸易组织', '禁止化学武器公约']);
    await call('makeReadOnly', 'body');
    await call('makeReadOnly', 'inline');
    await expect
      .poll(() => highlightTexts(page, MENTION), { timeout: 2000 })
      .toEqual(['世界贸易组织', '台湾问题', '四方会谈', '禁止化学武器公约']);

    // Revealed by a style change; a shadow host appended straight under <body>.
    await page.evaluate(() => (document.getElementById('hidden-note') as HTMLElement).style.removeProperty('display'));
    await call('addWidget');
    await expect
      .poll(() => highlightTexts(page, MENTION), { timeout: 2000 })
      .toEqual(expect.arrayContaining(['导弹及其技术控制制度', '信息技术协议']));

    // The whole document switched to editing: no mark stays where the user types.
    await page.evaluate(() => {
      document.designMode = 'on';
    });
    await page.click('#lead');
    await page.keyboard.type('世界贸易组织');
    await expect.poll(() => highlightTexts(page, MENTION), { timeout: 2000 }).toEqual([]);
    await page.close();
  });

  test('nothing outside <body> is marked, even a title set from script', async ({ extensionContext, fixtureUrl }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/pages/late-editing.html`);
    await page.evaluate(() => {
      document.title = '世界贸易组织与四方会谈';
      const meta = document.createElement('div');
      meta.textContent = '全面禁止核试验条约（<html> 的直接子元素）';
      document.documentElement.append(meta);
    });
    await page.waitForTimeout(800);
    const texts = await highlightTexts(page, MENTION);
    expect(texts.filter((text) => text === '四方会谈')).toHaveLength(1); // the paragraph's, not the title's
    expect(texts).not.toContain('全面禁止核试验条约');
    await page.close();
  });

  test('an XHTML page is marked like HTML, its form fields, scripts and styles skipped', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await extensionContext.newPage();
    const response = await page.goto(`${fixtureUrl}/pages/xhtml-page.xhtml`);
    expect(response?.headers()['content-type']).toContain('application/xhtml+xml');
    expect(await page.evaluate(() => document.querySelector('textarea')!.tagName)).toBe('textarea');
    await waitForScan(page);
    expect(await highlightTexts(page, MENTION)).toEqual(['全面禁止核试验条约']);
    await page.close();
  });

  test("Chromium segments the boundary table as Node does (the unit tests use Node's)", async ({
    extensionContext,
    fixtureUrl,
  }) => {
    // Only Chinese is segmented (their ICU versions split "U.S." differently, which nothing here uses).
    const sentences = BOUNDARY_TABLE.map(([text]) => text).filter((text) => /\p{Script=Han}/u.test(text));
    const words = (segmenter: Intl.Segmenter, text: string) => [...segmenter.segment(text)].map((s) => s.segment);
    const node = sentences.map((text) => words(new Intl.Segmenter('zh', { granularity: 'word' }), text));
    const page = await extensionContext.newPage();
    await page.goto(`${fixtureUrl}/index.html`);
    const chromium = await page.evaluate(
      (sentences) =>
        sentences.map((text) =>
          [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) => s.segment),
        ),
      sentences,
    );
    expect(chromium).toEqual(node);
    await page.close();
  });

  test("the XML viewer's pages are left alone", async ({ extensionContext, fixtureUrl }) => {
    const page = await extensionContext.newPage();
    await page.goto(`${fixtureUrl}/pages/feed.xml`);
    await page.waitForTimeout(2000);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByName('yuanwen:scan').length)).toBe(0);
    await page.close();
  });
});
