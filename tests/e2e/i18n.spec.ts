import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { extensionArgs, findChromium } from '../../tools/chromium';
import { EXTENSION_DIR, expect, test } from '../harness/extension';
import { PopupPage, ReaderPage, SidePanelPage } from '../harness/extension-pages';
import { cardText, cardTextOf, hoverMark, openFixture, waitForScan } from '../harness/page-probes';
import { activeTabId, resetSettings } from '../harness/service-worker';
import { citation, citationLanguageFor } from '../../core/cite';

for (const [lang, search, verdict, paragraph, panelTitle] of [
  ['zh-CN', '搜索1997年联合声明', '与原文有出入', '第29段', '本页核查'],
  ['zh-TW', '搜尋1997年聯合聲明', '與原文有出入', '第29段', '本頁核查'],
] as const) {
  test(`speaks ${lang} when the browser does`, async ({ fixtureUrl }) => {
    const profile = mkdtempSync(join(tmpdir(), 'yuanwen-i18n-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      locale: lang,
      args: [...extensionArgs(EXTENSION_DIR), `--lang=${lang}`],
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await resetSettings(worker);
      const popup = await PopupPage.open(context, new URL(worker.url()).host);
      await expect(popup.page.getByRole('searchbox', { name: search })).toBeVisible();

      const page = await context.newPage();
      await page.goto(`${fixtureUrl}/articles/zh-hans-quotes.html`);
      await waitForScan(page, 'yuanwen-quote-verbatim');
      await hoverMark(
        page,
        'yuanwen-quote-altered',
        '自一九七九年以来，中美之间达成了二十多个双边科技合作协议',
        'start',
      );
      await expect.poll(() => cardText(page)).toContain(verdict);
      expect(await cardText(page)).toContain(paragraph);
      // Beside the original on the card: the traditional text in Taiwan, nothing in mainland China.
      const traditional = () => cardTextOf(page, '.rendering-traditional');
      if (lang === 'zh-TW') {
        expect((await traditional()).join('')).toContain('自一九七九年以來，中美之間達成了三十多個雙邊科技合作協議');
        expect((await traditional()).join('')).toContain('由簡體原文轉換');
      } else {
        expect(await traditional()).toEqual([]);
      }
      expect(await cardTextOf(page, '.rendering-summary')).toEqual([]);
      await page.mouse.move(5, 5);
      await expect.poll(() => cardText(page)).toBeNull();
      await hoverMark(page, 'yuanwen-mention', '全面禁止核试验条约');
      await expect
        .poll(() => cardTextOf(page, '.card-clause'))
        .toEqual([expect.stringContaining('全面禁止核试验条约')]);
      if (lang === 'zh-TW') {
        const beside = (await traditional()).join('');
        expect(beside).toContain('全面禁止核試驗條約');
        expect(beside).toContain('由簡體原文轉換');
      } else {
        expect(await traditional()).toEqual([]);
      }

      // The reader: no English summary for a Chinese interface; the traditional text beside the source in Taiwan.
      const reader = await ReaderPage.open(context, new URL(worker.url()).host, '#p4');
      await expect(reader.paragraph(4).locator('.paragraph-text')).toContainText('台湾问题是中美关系中');
      await expect(reader.page.locator('.rendering-summary')).toHaveCount(0);
      if (lang === 'zh-TW') {
        await expect(reader.paragraph(4).locator('.rendering-traditional')).toContainText('臺灣問題是中美關係中');
        await expect(reader.paragraph(4).locator('.rendering-traditional')).toContainText('由簡體原文轉換');
      } else {
        await expect(reader.page.locator('.rendering-traditional')).toHaveCount(0);
      }

      // The side panel speaks the interface language, and its report cites in Chinese.
      const panel = await SidePanelPage.open(context, new URL(worker.url()).host, await activeTabId(worker, page));
      await expect(panel.page.getByRole('heading', { level: 1 })).toContainText(panelTitle);
      await expect(panel.verdicts.nth(1)).toContainText(verdict);
      await expect(panel.rows.nth(1)).toContainText(paragraph);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await panel.copyButton.click();
      await expect(panel.status).not.toBeEmpty();
      const report = await panel.page.evaluate(() => navigator.clipboard.readText());
      expect(report).toContain(`> ${citation(4, citationLanguageFor(lang))}`);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}

test('an English card shows Yuanwen’s summary and the section’s English name beside the Chinese clause', async ({
  extensionContext,
  fixtureUrl,
}) => {
  const renderings = JSON.parse(
    readFileSync(new URL('../../data/generated/renderings.json', import.meta.url), 'utf8'),
  ) as { summaries: string[]; sectionNames: (string | null)[] };
  const statement = JSON.parse(
    readFileSync(new URL('../../data/generated/statement.json', import.meta.url), 'utf8'),
  ) as { paragraphs: { n: number; section: number }[] };
  const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-summit.html`);
  await hoverMark(page, 'yuanwen-mention', '世界贸易组织');
  await expect.poll(() => cardTextOf(page, '.card-clause')).toEqual([expect.stringContaining('世界贸易组织')]);
  const n = Number(/¶(\d+)/.exec((await cardText(page))!)![1]);
  const summary = (await cardTextOf(page, '.rendering-summary')).join('');
  expect(summary).toContain('Yuanwen’s summary, not the official wording');
  expect(summary).toContain(renderings.summaries[n - 1]);
  const section = renderings.sectionNames[statement.paragraphs[n - 1]!.section]!;
  expect(section).toBeTruthy();
  expect(await cardTextOf(page, '.section-english-inline')).toEqual([`(${section})`]);
  expect(await cardTextOf(page, '.rendering-traditional')).toEqual([]);
  await page.close();
});
