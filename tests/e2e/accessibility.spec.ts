import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/extension';
import { CardPreviewPage, OptionsPage, PopupPage, ReaderPage, SidePanelPage } from '../harness/extension-pages';
import { openFixture } from '../harness/page-probes';
import { activeTabId, serviceWorker } from '../harness/service-worker';

// axe-core itself, evaluated through the DevTools protocol (extension pages' CSP refuses injected scripts;
// @axe-core/playwright would do the same but requires Node 22).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Serious and critical axe violations (and any of `alsoRules`), as "rule: target" lines (readable in a failure). */
async function seriousViolations(page: Page, alsoRules: string[] = []): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations.map(({ id, impact, nodes }) => ({
      id,
      impact,
      nodes: nodes.map((node) => ({ target: node.target.map(String) })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || alsoRules.includes(v.id))
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`extension pages in ${scheme} mode`, () => {
    test('popup: no serious axe violation, empty and with results', async ({ extensionContext, extensionId }) => {
      const popup = await PopupPage.open(extensionContext, extensionId);
      await popup.page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(popup.page)).toEqual([]);
      await popup.search('台湾问题');
      await expect(popup.results.first()).toBeVisible();
      expect(await seriousViolations(popup.page)).toEqual([]);
      await popup.search('导单');
      await expect(popup.status).toBeVisible();
      expect(await seriousViolations(popup.page)).toEqual([]);
      await popup.close();
    });

    test('options: no serious axe violation', async ({ extensionContext, extensionId }) => {
      const options = await OptionsPage.open(extensionContext, extensionId);
      await options.page.emulateMedia({ colorScheme: scheme });
      await expect(options.field('quoteChecking')).toBeVisible();
      expect(await seriousViolations(options.page)).toEqual([]);
      await options.close();
    });

    test('reader: no serious axe violation, with a marked paragraph', async ({ extensionContext, extensionId }) => {
      const reader = await ReaderPage.blank(extensionContext);
      await reader.page.emulateMedia({ colorScheme: scheme });
      await reader.goto(extensionId, '#p12');
      await expect(reader.paragraph(12)).toHaveClass(/is-marked/);
      expect(await seriousViolations(reader.page)).toEqual([]);
      await reader.close();
    });

    test('side panel: no serious axe violation, with every kind of check', async ({
      extensionContext,
      extensionId,
      fixtureUrl,
    }) => {
      const page = await openFixture(extensionContext, `${fixtureUrl}/pages/side-panel.html`, {
        highlight: 'yuanwen-quote-altered',
      });
      const tabId = await activeTabId(serviceWorker(extensionContext, extensionId), page);
      const panel = await SidePanelPage.blank(extensionContext);
      await panel.page.emulateMedia({ colorScheme: scheme });
      await panel.goto(extensionId, tabId);
      await expect(panel.rows).toHaveCount(4);
      await expect(panel.referencedParagraphs.first()).toBeVisible();
      expect(await seriousViolations(panel.page)).toEqual([]);
      await panel.close();
      await page.close();
    });

    test('card: no serious axe violation in a topic card and the three quotation cards', async ({
      extensionContext,
      extensionId,
    }) => {
      // axe cannot enter the card's closed shadow root on a page: the same components and styles, in open roots.
      const preview = await CardPreviewPage.open(extensionContext, extensionId);
      await preview.page.emulateMedia({ colorScheme: scheme });
      await expect(preview.card('mention')).toContainText('全面禁止核试验条约');
      await expect(preview.card('mention').locator('.rendering-summary')).toContainText('Yuanwen’s summary');
      await expect(preview.card('quote-verbatim')).toContainText('Verbatim');
      await expect(preview.card('quote-altered').locator('.diff-original')).toContainText('三十多个');
      await expect(preview.card('quote-unmatched')).toContainText('Not in the statement');
      // The card's header is no second banner beside the page's own.
      const banners = ['landmark-no-duplicate-banner', 'landmark-unique'];
      expect(await seriousViolations(preview.page, banners)).toEqual([]);
      // With focus inside, the card says its single keys.
      await preview.card('quote-altered').getByRole('button', { name: /Copy/ }).first().focus();
      await expect(preview.card('quote-altered').locator('.card-keys')).toBeVisible();
      expect(await seriousViolations(preview.page, banners)).toEqual([]);
      await preview.close();
    });
  });
}

test('type renders at the sizes the stylesheets give, not at Chrome’s 75 % for extension pages', async ({
  extensionContext,
  extensionId,
}) => {
  const size = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).fontSize);
  const reader = await ReaderPage.open(extensionContext, extensionId);
  expect(await size(reader.page, '.paragraph-text')).toBe('18px');
  await reader.close();

  const popup = await PopupPage.open(extensionContext, extensionId);
  await popup.search('WTO');
  expect(await size(popup.page, '.result-text')).toBe('14px');
  expect(await size(popup.page, 'input[type=search]')).toBe('15px');
  await popup.close();

  const options = await OptionsPage.open(extensionContext, extensionId);
  expect(await size(options.page, 'h1')).toBe(`${1.3 * 15}px`);
  expect(await size(options.page, 'fieldset label')).toBe('15px');
  await options.close();
});

test('the card delay saves only valid values and says what is in use', async ({ extensionContext, extensionId }) => {
  const options = await OptionsPage.open(extensionContext, extensionId);
  const delay = options.field('cardDelay');
  await delay.fill('600');
  await expect(options.status).toContainText('Saved');
  for (const bad of ['', '-5', '99999']) {
    await delay.fill(bad);
    await expect(options.page.getByRole('alert')).toContainText('600 ms is in use');
    await expect(delay).toHaveAttribute('aria-invalid', 'true');
  }
  await options.page.reload();
  await expect(delay).toHaveValue('600');
  await delay.fill('250');
  await expect(options.page.getByRole('alert')).toHaveCount(0);
  await expect(options.page.getByText('chrome://extensions/shortcuts')).toBeVisible();
  await options.close();
});
