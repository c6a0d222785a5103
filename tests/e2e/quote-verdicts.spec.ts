/**
 * Quote verdicts a fact-checker can trust, on one page of hard cases: the whole
 * original, numbers in figures, passages, attribution, what the reader sees,
 * the cards and what they copy.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/extension';
import {
  cardText,
  cardTextOf,
  clickCardButton,
  hoverMark,
  openFixture,
  pageMutations,
  quoteVerdicts,
} from '../harness/page-probes';
import { activeTabId, badgeText, serviceWorker } from '../harness/service-worker';

// The test browser speaks English: citations follow the interface language.
const CITATION = (n: number) => `— China–U.S. Joint Statement (29 October 1997), para. ${n} (Yuanwen’s numbering)`;

/** The verdict table on the fixture: case → the marked words. */
const VERDICTS = {
  verbatim: [
    '这一重要性在1997年3月成立的中美环境与发展讨论会上得到了体现。', // year in figures
    '努力实现21世纪的和平与繁荣', // century in figures
    '努力实现２１世纪的和平与繁荣', // full-width figures
    '恪守中美3个联合公报的原则', // a count in figures
    '双方同意致力于促使《全面禁止核试验条约》尽早生效', // late-class, before its class changes
    '两国同意在北京和华盛顿之间建立元首间通讯联络，以便利直接联系。', // late-style, before its style changes
    '中方强调，台湾问题是中美关系中最重要、最敏感的核心问题，恪守中美三个联合公报的原则',
  ],
  altered: [
    '台湾问题是中美关系中最重要、最敏感的问题', // drops 核心 near the end
    '美方重申，美国坚持一个中国的政策，并遵守中美三个联合公报的原则。', // adds 并
    '自1979年以来，中美之间达成了20多个双边科技合作协议', // a changed number
    '两国元首准备采取积极和有效的措施扩大中美贸易和投资关系。', // a reproduced passage, changed
    '台湾问题是中美关系中最重要、最敏感的核心问题', // display:none part (DOM text verbatim)
    '两国元首准备采取积极和有效的措施扩大中美贸易和经济关系', // visibility:hidden part
    '中美两国同意两国元首定期访问对方首都', // hidden attribute
    '台湾问题是中美关系中最重要、最敏感的核心问题', // ::before inserts 不
    '台湾问题是中美关系中\u202e最重要、最敏感的\u202c核心问题', // U+202E
    '中美两国同意两国元首定期访问对方首都', // <bdo dir=rtl>
    '中国司法部长将应美国司法部长的邀请于1998年11月访问美国', // a topic inside an altered quotation
  ],
  unmatched: ['美國將停止對台灣出售一切武器並撤出全部軍事人員'], // attributed in the paragraph's first sentence
};

async function open(page: Page | null, context: import('@playwright/test').BrowserContext, url: string) {
  return page ?? openFixture(context, `${url}/pages/quote-verdicts.html`, { highlight: 'yuanwen-quote-altered' });
}

async function clipboardAfter(page: Page, button: string | RegExp): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await clickCardButton(page, button);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('quote verdicts a fact-checker can trust', () => {
  test.beforeAll(async ({ extensionContext, fixtureUrl }) => {
    await extensionContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fixtureUrl });
  });

  test('each case gets its verdict, and only quotations count on the badge', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/pages/quote-verdicts.html`, {
      audit: true,
      highlight: 'yuanwen-quote-altered',
    });
    expect(await quoteVerdicts(page)).toEqual(VERDICTS);
    const worker = serviceWorker(extensionContext, extensionId);
    const tabId = await activeTabId(worker, page);
    // Ten altered quotations and one unmatched; the altered reproduced passage is not a misquotation.
    await expect.poll(() => badgeText(worker, tabId)).toBe('11');
    expect(await pageMutations(page)).toEqual([]);
    await page.close();
  });

  test('the altered card shows the whole original on two lines, and copies it', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await open(null, extensionContext, fixtureUrl);
    await page.bringToFront();
    await hoverMark(page, 'yuanwen-quote-altered', '台湾问题是中美关系中最重要、最敏感的问题', 0.7);
    await expect.poll(() => cardText(page)).toContain('Altered');
    expect(await cardTextOf(page, '.diff-original .diff-text')).toEqual([
      '台湾问题是中美关系中最重要、最敏感的核心问题',
    ]);
    expect(await cardTextOf(page, '.diff-original del')).toEqual(['核心']);
    expect(await cardTextOf(page, '.diff-page .diff-text')).toEqual(['台湾问题是中美关系中最重要、最敏感的问题']);
    expect(await cardTextOf(page, '.diff-page ins')).toEqual([]);
    // The legend explains the marks with swatches; its own words are not struck through.
    expect(await cardTextOf(page, '.card-legend')).toEqual([
      expect.stringMatching(/added or changed by the page.*dropped or changed by the page/s),
    ]);
    expect(await cardTextOf(page, '.card-legend del, .card-legend ins, .card-legend s')).toEqual([]);
    expect(await clipboardAfter(page, 'Copy original with citation')).toBe(
      `台湾问题是中美关系中最重要、最敏感的核心问题\n${CITATION(4)}`,
    );
    await page.mouse.move(5, 5);
    await expect.poll(() => cardText(page)).toBeNull();

    // An added word: marked on the page's line, where the page put it.
    await hoverMark(page, 'yuanwen-quote-altered', VERDICTS.altered[1]!, 0.3);
    await expect.poll(() => cardTextOf(page, '.diff-page ins')).toEqual(['并']);
    expect(await cardTextOf(page, '.diff-page .diff-text')).toEqual([VERDICTS.altered[1]]);
    expect(await cardTextOf(page, '.diff-original del')).toEqual([]);
    await page.close();
  });

  test('a changed number shows the original number; figures for the same number are verbatim', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await open(null, extensionContext, fixtureUrl);
    await hoverMark(page, 'yuanwen-quote-altered', VERDICTS.altered[2]!, 0.2);
    await expect.poll(() => cardText(page)).toContain('Altered');
    expect(await cardTextOf(page, '.diff-original del')).toEqual(['三十']);
    expect(await cardTextOf(page, '.diff-page ins')).toEqual(['20']);
    await page.mouse.move(5, 5);
    await expect.poll(() => cardText(page)).toBeNull();
    await hoverMark(page, 'yuanwen-quote-verbatim', VERDICTS.verbatim[0]!, 0.15);
    await expect.poll(() => cardText(page)).toContain('Verbatim');
    expect(await cardTextOf(page, 'mark')).toEqual([
      '这一重要性在一九九七年三月成立的中美环境与发展讨论会上得到了体现。',
    ]);
    await page.close();
  });

  test('a reproduced passage is labelled as one', async ({ extensionContext, fixtureUrl }) => {
    const page = await open(null, extensionContext, fixtureUrl);
    await hoverMark(page, 'yuanwen-quote-altered', VERDICTS.altered[3]!, 0.5);
    await expect.poll(() => cardText(page)).toContain("Reproduces the statement's wording, with changes");
    expect(await cardText(page)).not.toContain('Quoted on the page');
    expect(await cardTextOf(page, '.diff-original del')).toEqual(['经济']);
    await page.close();
  });

  test('the verbatim card marks the quoted words in their paragraph and copies them exactly', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await open(null, extensionContext, fixtureUrl);
    await page.bringToFront();
    const words = VERDICTS.verbatim[6]!;
    await hoverMark(page, 'yuanwen-quote-verbatim', words, 0.45);
    await expect.poll(() => cardText(page)).toContain('Verbatim');
    expect(await cardTextOf(page, 'mark')).toEqual([words]);
    expect(await cardTextOf(page, '.card-clause')).toEqual([expect.stringContaining(`${words}，妥善处理`)]);
    expect(await clipboardAfter(page, 'Copy quoted words with citation')).toBe(`${words}\n${CITATION(4)}`);
    expect(await clipboardAfter(page, 'Copy whole sentence with citation')).toBe(
      `中方强调，台湾问题是中美关系中最重要、最敏感的核心问题，恪守中美三个联合公报的原则，妥善处理台湾问题是中美关系健康、稳定发展的关键。\n${CITATION(4)}`,
    );
    await page.close();
  });

  test('a quotation is judged on what the reader sees', async ({ extensionContext, fixtureUrl }) => {
    const page = await open(null, extensionContext, fixtureUrl);
    // Hidden text left out: the reader reads the quotation without 、最敏感.
    await hoverMark(page, 'yuanwen-quote-altered', VERDICTS.altered[4]!, 0.8);
    await expect.poll(() => cardText(page)).toContain('Checked as readers see it');
    expect(await cardTextOf(page, '.diff-original del')).toEqual(['最敏感']);
    await page.mouse.move(5, 5);
    await expect.poll(() => cardText(page)).toBeNull();
    // A bidi override: the characters are not shown in the order written.
    // (Its first words are a topic: the quotation's verdict is reached from the topic's card.)
    await hoverMark(page, 'yuanwen-quote-altered', VERDICTS.altered[8]!, 0.05);
    await expect.poll(() => cardText(page)).toContain('Inside a checked quotation');
    await clickCardButton(page, "Show the quotation's verdict");
    await expect.poll(() => cardText(page)).toContain('reorders these words');
    expect(await cardText(page)).toContain('Altered');
    await page.close();
  });

  test('a change of class rescans the block; a quotation is checked again when its card opens', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await open(null, extensionContext, fixtureUrl);
    const late = '双方同意致力于促使《全面禁止核试验条约》尽早生效';
    await page.evaluate(() => document.querySelector('#late-class')!.classList.add('folded'));
    await expect.poll(async () => (await quoteVerdicts(page)).altered).toContain(late);
    expect((await quoteVerdicts(page)).verbatim).not.toContain(late);

    // A new style rule changes no attribute of the block: the card's own check catches it.
    const style = '两国同意在北京和华盛顿之间建立元首间通讯联络，以便利直接联系。';
    await page.evaluate(() => {
      const rule = document.createElement('style');
      rule.textContent = '.tail { display: none; }';
      document.head.append(rule);
    });
    await hoverMark(page, 'yuanwen-quote-verbatim', style, 0.05);
    await expect.poll(() => cardText(page)).toContain('Altered');
    expect(await cardTextOf(page, '.diff-original del')).toEqual(['在北京和华盛顿之间']);
    await expect.poll(async () => (await quoteVerdicts(page)).altered).toContain(style);
    await page.close();
  });

  test('from a topic inside a quotation the reader reaches the quotation’s verdict', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await open(null, extensionContext, fixtureUrl);
    await hoverMark(page, 'yuanwen-mention', '中国司法部长');
    await expect.poll(() => cardText(page)).toContain('Inside a checked quotation');
    await clickCardButton(page, "Show the quotation's verdict");
    await expect.poll(() => cardText(page)).toContain('Altered');
    expect(await cardTextOf(page, '.diff-original del')).toEqual(['一九九七']);
    expect(await cardTextOf(page, '.diff-page ins')).toEqual(['1998']);
    await page.close();
  });
});
