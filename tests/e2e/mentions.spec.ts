import { expect, test } from '../harness/extension';
import {
  cardBox,
  cardFocusedText,
  cardText,
  clickInCard,
  highlightTexts,
  installMutationAudit,
  pageMutations,
  hoverMark,
  pointOfMark,
  scoreMarks,
  waitForScan,
  openFixture,
} from '../harness/page-probes';
import { pressCommand, serviceWorker } from '../harness/service-worker';
import { SLICE_SAFETY_MS } from '../harness/bounds';

const MENTION = 'yuanwen-mention';

/** What a careful reader would mark on each sample article, in document order. */
const EXPECTED: Record<string, string[]> = {
  'zh-hans-summit': [
    '四方会谈',
    '世界贸易组织',
    '国事访问',
    '中美建设性战略伙伴关系',
    '台湾问题',
    '台湾问题',
    '中美关系',
    '一个中国的政策',
    '中美三个联合公报',
    '世界贸易组织',
    '关税',
    '市场准入',
    '世贸组织',
    '信息技术协议',
    '全面禁止核试验条约',
    '导弹及其技术控制制度',
    '朝鲜半岛',
    '四方会谈',
    '元首间通讯联络',
    '人权',
    '人权',
    '中美能源和环境合作倡议书',
    '清洁能源',
    '城市空气污染',
    '农村电气化',
    '法律合作',
    '执法合作联合联络小组',
    '法律互助协定',
    '两军关系',
    '加强海上军事安全磋商机制',
  ],
  'zh-hant-trade': [
    '世貿',
    '臺灣問題',
    '台灣問題',
    '中美關係',
    '一個中國的政策',
    '市場准入',
    '關稅',
    '非關稅措施',
    '世界貿易組織',
    '世界貿易組織',
    '防擴散',
    '全面禁止核試驗條約',
    '聯合國裁軍談判會議',
    '裂變材料公約',
    '飛彈及其技術控制制度',
    '禁止化學武器公約',
    '聯合國安理會',
    '常任理事國',
    '聯合國',
    '聯合國憲章',
    '人權',
    '非政府人權論壇',
  ],
  'en-analysis': [
    'state visit',
    'constructive strategic partnership',
    'Taiwan question',
    'one-China policy',
    'three joint communiqués',
    'tariffs',
    'WTO',
    'Information Technology Agreement',
    'market access',
    'World Trade Organization',
    'Comprehensive Test Ban Treaty',
    'Chemical Weapons Convention',
    'Missile Technology Control Regime',
    'MTCR',
    'Korean Peninsula',
    'four-party talks',
    'presidential hotline',
    'joint liaison group on law enforcement',
    'Military Maritime Consultative Agreement',
  ],
};

test.describe('mentions on news pages', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    test(`marks the statement's topics on ${name} (recall and precision ≥ 95 %), touching no page node`, async ({
      extensionContext,
      fixtureUrl,
    }) => {
      const page = await extensionContext.newPage();
      await installMutationAudit(page);
      await page.goto(`${fixtureUrl}/articles/${name}.html`);
      await waitForScan(page);
      const found = await highlightTexts(page, MENTION);
      const score = scoreMarks(found, expected);
      console.log(
        `${name}: ${found.length} marks, recall ${(score.recall * 100).toFixed(1)} %, precision ${(score.precision * 100).toFixed(1)} %` +
          (score.missed.length ? `, missed ${score.missed.join('|')}` : '') +
          (score.wrong.length ? `, extra ${score.wrong.join('|')}` : ''),
      );
      expect(score.recall).toBeGreaterThanOrEqual(0.95);
      expect(score.precision).toBeGreaterThanOrEqual(0.95);
      expect(await pageMutations(page)).toEqual([]);
      await page.close();
    });
  }

  test('marks nothing on an unrelated page that mentions general terms', async ({ extensionContext, fixtureUrl }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/unrelated-sports.html`);
    expect(await highlightTexts(page, MENTION)).toEqual([]);
    await page.close();
  });

  test('measures its scanning as yuanwen:scan', async ({ extensionContext, fixtureUrl }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-summit.html`);
    const measures = await page.evaluate(() =>
      performance.getEntriesByName('yuanwen:scan').map((e) => ({ type: e.entryType, duration: e.duration })),
    );
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.every((m) => m.type === 'measure')).toBe(true);
    // A safety bound, not a speed (README: "What the tests bound"): a slice that stopped yielding.
    expect(Math.max(...measures.map((m) => m.duration))).toBeLessThan(SLICE_SAFETY_MS);
    await page.close();
  });
});

test.describe('late content, shadow roots and skipped regions', () => {
  test('marks shadow-root text, skips form fields and editable regions, and follows changes', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/pages/live-updates.html`);
    expect(await highlightTexts(page, MENTION)).toEqual(['台湾问题', '中美关系', '四方会谈']);

    // Late content is marked within a second.
    const added = Date.now();
    await page.evaluate(() =>
      (window as unknown as { addUpdate: (t: string) => void }).addUpdate('10:30 中方表示将早日加入世界贸易组织。'),
    );
    await expect.poll(() => highlightTexts(page, MENTION), { timeout: 1000 }).toContain('世界贸易组织');
    console.log(`late content marked after ${Date.now() - added} ms`);

    // Changed text: the old mark goes, the new one comes.
    await page.evaluate(() => {
      document.querySelector('#first')!.firstChild!.textContent = '09:00 更正：双方讨论了全面禁止核试验条约。';
    });
    await expect
      .poll(() => highlightTexts(page, MENTION), { timeout: 1000 })
      .toEqual(['全面禁止核试验条约', '世界贸易组织', '四方会谈']);

    // Removed content: its mark goes.
    await page.evaluate(() => document.querySelector('.update')!.remove());
    await expect
      .poll(() => highlightTexts(page, MENTION), { timeout: 1000 })
      .toEqual(['全面禁止核试验条约', '四方会谈']);

    // Typing in an editable region marks nothing there.
    await page.locator('#editor p').click();
    await page.keyboard.type('世界贸易组织');
    await page.waitForTimeout(600);
    expect(await highlightTexts(page, MENTION)).toEqual(['全面禁止核试验条约', '四方会谈']);
    await page.close();
  });

  test('finds a term split across inline elements and zero-width characters', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/pages/live-updates.html`);
    await page.evaluate(() => {
      const p = document.createElement('p');
      const b = document.createElement('b');
      b.textContent = '臺';
      const a = document.createElement('a');
      a.href = '#';
      a.textContent = '灣\u200b問';
      p.append('繁體：', b, a, '題與世貿');
      document.getElementById('feed')!.append(p);
    });
    await expect.poll(() => highlightTexts(page, MENTION), { timeout: 1000 }).toContain('臺灣\u200b問題');
    expect(await highlightTexts(page, MENTION)).toContain('世貿');
    await page.close();
  });
});

test.describe('the card', () => {
  test('opens on hover with the original clause, stays while the pointer moves onto it, and closes on Escape', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hant-trade.html`, { audit: true });
    await hoverMark(page, MENTION, '台灣問題');
    await expect.poll(() => cardText(page)).toContain('中方强调，台湾问题是中美关系中最重要、最敏感的核心问题');
    const text = (await cardText(page))!;
    expect(text).toMatch(/¶4\b/);
    expect(text).toContain('台灣問題'); // as on the page
    expect(text).toContain('Copy with citation'); // the browser speaks English here
    expect(text).toContain('Open in full text');

    // The card is inside the viewport and beside the term.
    const box = (await cardBox(page))!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);

    // Moving onto the card keeps it open.
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 4 });
    await page.waitForTimeout(500);
    expect(await cardText(page)).not.toBeNull();

    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();

    // Only the card's host was added to the page, beside its content.
    const mutations = await pageMutations(page);
    expect(mutations.filter((m) => m !== 'childList on html +yuanwen-card')).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('yuanwen-card').length)).toBe(1);
    await page.close();
  });

  test('shows nothing when the pointer is beside a term rather than on it', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/en-analysis.html`);
    const point = await pointOfMark(page, MENTION, 'state visit');
    await page.mouse.move(point.x, point.y - 40);
    await page.waitForTimeout(600);
    expect(await cardText(page)).toBeNull();
    await page.close();
  });

  test('the keyboard command moves to the next mention, opens its card and lets Tab reach its buttons', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/en-analysis.html`);
    const worker = serviceWorker(extensionContext, extensionId);
    const sendCommand = () => pressCommand(worker, page, 'next-mention');

    await sendCommand();
    await expect.poll(() => cardText(page)).toContain('国事访问');
    await sendCommand();
    await expect.poll(() => cardText(page)).toContain('建设性战略伙伴关系');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('yuanwen-card');
    await page.keyboard.press('Tab');
    expect(await cardFocusedText(page)).toBeTruthy();
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    await page.close();
  });

  test('pages through the other paragraphs of a topic that occurs in several', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-summit.html`);
    await hoverMark(page, MENTION, '中美三个联合公报');
    await expect.poll(() => cardText(page)).toMatch(/¶4\b/);
    await clickInCard(page, '.card-next');
    await expect.poll(() => cardText(page)).toMatch(/¶3\b/);
    await page.close();
  });

  test('"Open in full text" opens the reader at the paragraph', async ({ extensionContext, fixtureUrl }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/en-analysis.html`);
    await hoverMark(page, MENTION, 'four-party talks');
    await expect.poll(() => cardText(page)).toContain('四方会谈');
    const [reader] = await Promise.all([extensionContext.waitForEvent('page'), clickInCard(page, '.card-link')]);
    await expect(reader).toHaveURL(/reader\.html#p6$/);
    await expect(reader.locator('#p6')).toHaveClass(/is-marked/);
    await reader.close();
    await page.close();
  });
});
