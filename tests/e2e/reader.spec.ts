import { expect, test } from '../harness/extension';
import { ReaderPage } from '../harness/extension-pages';

test.describe('reader page', () => {
  test('shows the title, the date and the nine section headings', async ({
    extensionContext: context,
    extensionId,
  }) => {
    const reader = await ReaderPage.open(context, extensionId);
    await expect(reader.title).toHaveText('中美联合声明');
    await expect(reader.page.getByText('一九九七年十月二十九日')).toBeVisible();
    await expect(reader.sectionHeadings).toHaveText([
      '高层对话和磋商',
      '能源和环境合作',
      '经贸关系',
      '和平核合作',
      '防扩散',
      '人权',
      '法律合作',
      '两军关系',
      '科技、教育和文化交流',
    ]);
    await reader.close();
  });

  test('gives every paragraph an anchor and a visible number, and breaks no word at a former page break', async ({
    extensionContext: context,
    extensionId,
  }) => {
    const reader = await ReaderPage.open(context, extensionId);
    const paragraphs = reader.paragraphs;
    const count = await paragraphs.count();
    expect(count).toBeGreaterThanOrEqual(30);
    const ids = await paragraphs.evaluateAll((els) => els.map((el) => el.id));
    expect(ids).toEqual(Array.from({ length: count }, (_, i) => `p${i + 1}`));
    for (const n of [1, 12, count]) {
      await expect(reader.paragraph(n).locator('.paragraph-number')).toHaveText(String(n));
    }
    for (const [n, words] of [
      [3, '在中美三个联合公报的原则基础上处理两国关系'],
      [11, '这一重要性在一九九七年三月成立的'],
      [15, '以促进两国间的和平核合作和研究。'],
      [30, '增加两国人民之间的交流'],
    ] as const) {
      await expect(reader.paragraph(n).locator('.paragraph-text')).toContainText(words);
    }
    // No paragraph is a leftover fragment of a page break.
    const texts = await reader.paragraphTexts.allTextContents();
    for (const text of texts) expect(text.trim()).toMatch(/[。！？]$/);
    await reader.close();
  });

  test('scrolls to and marks the paragraph named in the hash, and follows later hash changes', async ({
    extensionContext: context,
    extensionId,
  }) => {
    const reader = await ReaderPage.blank(context);
    await reader.page.setViewportSize({ width: 900, height: 600 });
    await reader.goto(extensionId, '#p12');
    const p12 = reader.paragraph(12);
    await expect(p12).toHaveClass(/is-marked/);
    await expect(p12).toHaveAttribute('aria-current', 'location');
    await expect(p12).toBeInViewport();
    await expect(p12).toBeFocused();
    await expect(reader.markedParagraphs).toHaveCount(1);

    await reader.page.evaluate(() => (location.hash = '#p28'));
    await expect(reader.paragraph(28)).toHaveClass(/is-marked/);
    await expect(reader.paragraph(28)).toBeInViewport();
    await expect(p12).not.toHaveClass(/is-marked/);

    await reader.goto(extensionId, '#p999');
    await expect(reader.markedParagraphs).toHaveCount(0);
    await reader.close();
  });

  test('copies a paragraph with its citation, from the keyboard', async ({
    extensionContext: context,
    extensionId,
  }) => {
    const reader = await ReaderPage.blank(context);
    const page = reader.page;
    await page.addInitScript(() => {
      // Record what would reach the clipboard; headless Chromium has no clipboard to read back.
      const copied: string[] = [];
      Object.defineProperty(window, '__copied', { value: copied });
      navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    });
    await reader.goto(extensionId, '#p4');
    const zhButton = reader.paragraph(4).getByRole('button', { name: /Copy paragraph 4 with a Chinese citation/ });
    await zhButton.focus();
    await expect(zhButton).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(zhButton).toContainText(/已复制|Copied/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copied[0]).toMatch(/^中方强调，台湾问题是中美关系中最重要、最敏感的核心问题/);
    expect(copied[0]).toMatch(/\n——《中美联合声明》（1997年10月29日），第4段（段落编号为原文扩展所加）$/);
    expect(copied[1]).toMatch(
      /\n— China–U\.S\. Joint Statement \(29 October 1997\), para\. 4 \(Yuanwen’s numbering\)$/,
    );
    await page.close();
  });

  test('says so when copying fails', async ({ extensionContext: context, extensionId }) => {
    const reader = await ReaderPage.blank(context);
    const page = reader.page;
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    });
    await reader.goto(extensionId, '#p1');
    const button = reader.paragraph(1).getByRole('button', { name: /Copy paragraph 1 with a Chinese citation/ });
    await button.click();
    await expect(button).toContainText(/复制失败|Copy failed/);
    await page.close();
  });

  test('follows the system dark mode', async ({ extensionContext: context, extensionId }) => {
    const reader = await ReaderPage.blank(context);
    const page = reader.page;
    await page.emulateMedia({ colorScheme: 'dark' });
    await reader.goto(extensionId);
    const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const luminance = (rgb: string) =>
      rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .map(Number)
        .reduce((a, b) => a + b, 0);
    expect(luminance(dark)).toBeLessThan(150);
    expect(luminance(light)).toBeGreaterThan(600);
    await page.close();
  });

  test('shows an English reader Yuanwen’s labelled summary and section names beside the Chinese source', async ({
    extensionContext: context,
    extensionId,
  }) => {
    const reader = await ReaderPage.open(context, extensionId, '#p4');
    const p4 = reader.paragraph(4);
    await expect(p4.locator('.paragraph-text')).toContainText('台湾问题是中美关系中最重要、最敏感的核心问题');
    await expect(p4.locator('.rendering-summary')).toContainText('Yuanwen’s summary, not the official wording');
    await expect(p4.locator('.rendering-summary')).toContainText('one-China policy');
    await expect(reader.paragraphs.locator('.rendering-summary')).toHaveCount(31);
    await expect(reader.sectionHeadings.nth(2)).toHaveText('经贸关系');
    await expect(reader.page.locator('#s3 + .section-english')).toHaveText('Economic and trade relations');
    // Traditional characters only where the language or the settings ask for them.
    await expect(reader.page.locator('.rendering-traditional')).toHaveCount(0);
    await reader.close();
  });

  test('searches the statement in the page and goes to the paragraph', async ({ extensionContext, extensionId }) => {
    const reader = await ReaderPage.open(extensionContext, extensionId);
    const box = reader.page.getByRole('searchbox', { name: 'Search the statement' });
    await box.fill('四方会谈');
    await expect(reader.page.locator('.statement-search li').first()).toContainText('四方会谈');
    await box.press('Enter');
    await expect(reader.page).toHaveURL(/#p6$/);
    await expect(reader.paragraph(6)).toHaveClass(/is-marked/);
    await box.fill('p28');
    await box.press('Enter');
    await expect(reader.paragraph(28)).toHaveClass(/is-marked/);
    await box.fill('导单');
    await reader.page.getByRole('button', { name: /导弹/ }).click();
    await expect(box).toHaveValue('导弹');
    await reader.close();
  });

  test('prints the text with its paragraph numbers and without buttons or highlight', async ({
    extensionContext,
    extensionId,
  }) => {
    const reader = await ReaderPage.open(extensionContext, extensionId, '#p4');
    await expect(reader.paragraph(4)).toHaveClass(/is-marked/);
    await reader.page.emulateMedia({ media: 'print' });
    await expect(reader.paragraph(4).locator('.paragraph-number')).toBeVisible();
    await expect(reader.paragraph(4).locator('.paragraph-actions')).toBeHidden();
    await expect(reader.page.locator('.statement-search')).toBeHidden();
    const background = await reader.paragraph(4).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgba(0, 0, 0, 0)');
    await reader.close();
  });
});
