import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { extensionArgs, findChromium } from '../../tools/chromium';
import { EXTENSION_DIR, expect, test } from '../harness/extension';
import { PopupPage } from '../harness/extension-pages';
import { cardBox, cardText, hoverMark, waitForScan } from '../harness/page-probes';
import { activeTabId, pressCommand, resetSettings, setSyncStorage, TEST_SETTINGS } from '../harness/service-worker';

const OUT = '/work/shots/2021';
async function shootCard(page: Page, file: string) {
  await page.waitForTimeout(400);
  const box = (await cardBox(page))!;
  const vp = page.viewportSize()!;
  const x = Math.max(0, box.x - 120), y = Math.max(0, box.y - 60);
  await page.screenshot({ path: `${OUT}/${file}`, clip: { x, y, width: Math.min(vp.width - x, box.width + 240), height: Math.min(vp.height - y, box.height + 120) } });
}
test.setTimeout(240_000);
for (const lang of ['en-US', 'zh-CN', 'zh-TW']) {
  test(`shots ${lang}`, async ({ fixtureUrl }) => {
    const profile = mkdtempSync(join(tmpdir(), 'yuanwen-shots-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(), headless: true, locale: lang, viewport: { width: 1100, height: 800 },
      args: [...extensionArgs(EXTENSION_DIR), `--lang=${lang}`],
    });
    try {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await resetSettings(worker);
      const id = new URL(worker.url()).host;
      for (const scheme of ['light', 'dark'] as const) {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${fixtureUrl}/articles/zh-hans-quotes.html`);
        await waitForScan(page, 'yuanwen-quote-verbatim');
        await hoverMark(page, 'yuanwen-mention', '全面禁止核试验条约');
        await expect.poll(() => cardText(page)).toContain('全面禁止核试验条约');
        await shootCard(page, `card-mention-${lang}-${scheme}.png`);
        await page.mouse.move(2, 2);
        await expect.poll(() => cardText(page)).toBeNull();
        await hoverMark(page, 'yuanwen-quote-altered', '自一九七九年以来，中美之间达成了二十多个双边科技合作协议', 'start');
        await expect.poll(() => cardText(page)).not.toBeNull();
        await shootCard(page, `card-altered-${lang}-${scheme}.png`);
        await page.mouse.move(2, 2);
        await expect.poll(() => cardText(page)).toBeNull();
        if (lang === 'en-US') {
          await pressCommand(worker, page, 'next-mention');
          await pressCommand(worker, page, 'next-mention');
          await expect.poll(() => cardText(page)).not.toBeNull();
          await page.waitForTimeout(400);
          await page.screenshot({ path: `${OUT}/keyboard-current-${scheme}.png` });
          await page.keyboard.press('Escape');
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({ path: `${OUT}/marks-underline-${scheme}.png` });
          await setSyncStorage(worker, { settings: { ...TEST_SETTINGS, highlightStyle: 'tint' } });
          await page.waitForTimeout(1500);
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({ path: `${OUT}/marks-tint-${scheme}.png` });
          await resetSettings(worker);
        }
        const tabId = await activeTabId(worker, page);
        const popup = await PopupPage.open(context, id, tabId);
        await popup.page.setViewportSize({ width: 420, height: 760 });
        await popup.page.emulateMedia({ colorScheme: scheme });
        await expect(popup.onThisPage.locator('li').first()).toBeVisible();
        await popup.page.screenshot({ path: `${OUT}/popup-page-${lang}-${scheme}.png`, fullPage: true });
        await popup.search('WTO');
        await expect(popup.results.first()).toBeVisible();
        await popup.page.screenshot({ path: `${OUT}/popup-search-${lang}-${scheme}.png` });
        await popup.close();
        await page.close();
      }
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
