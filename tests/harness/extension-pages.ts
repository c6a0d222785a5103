/**
 * Page objects for the extension's own pages (as in WXT's Playwright example): each spec says what it does
 * to the popup, the options page or the reader, and a change of their markup is fixed here once.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';

const extensionUrl = (extensionId: string, path: string) => `chrome-extension://${extensionId}/${path}`;

export class PopupPage {
  private constructor(readonly page: Page) {}

  /** Opens `popup.html`, speaking about `tabId` when given (as `?tab=`), else about the active tab. */
  static async open(context: BrowserContext, extensionId: string, tabId?: number): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(extensionUrl(extensionId, `popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`));
    return new PopupPage(page);
  }

  get searchBox(): Locator {
    return this.page.locator('input[type=search]');
  }
  /** Search results, in rank order. */
  get results(): Locator {
    return this.page.locator('li');
  }
  get selectedResult(): Locator {
    return this.page.locator('li[aria-selected=true]');
  }
  get resultList(): Locator {
    return this.page.locator('#results');
  }
  get suggestions(): Locator {
    return this.page.locator('.suggestions button');
  }
  get status(): Locator {
    return this.page.getByRole('status');
  }
  /** The "On this page" section. */
  get onThisPage(): Locator {
    return this.page.locator('.on-this-page');
  }
  get pageNote(): Locator {
    return this.page.locator('.on-this-page .page-note');
  }
  get siteToggle(): Locator {
    return this.page.locator('.site-toggle input');
  }
  /** Offered when the tab has no content script (opened before Yuanwen was installed or updated). */
  get reloadTabButton(): Locator {
    return this.page.locator('.on-this-page .reload-tab');
  }
  /** The quotations listed on this page with the given verdict. */
  quotesWithVerdict(verdict: 'verbatim' | 'altered' | 'unmatched'): Locator {
    return this.onThisPage.locator(`.verdict-${verdict}`);
  }

  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
  }

  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }
}

export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(extensionUrl(extensionId, 'options.html'));
    return new OptionsPage(page);
  }

  /** A setting's input: a checkbox by name, or one radio of a group by value. */
  field(name: string, value?: string): Locator {
    return this.page.locator(value === undefined ? `input[name=${name}]` : `input[name=${name}][value=${value}]`);
  }
  get status(): Locator {
    return this.page.getByRole('status');
  }

  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }
}

export class ReaderPage {
  private constructor(readonly page: Page) {}

  /** Opens `reader.html` in a new tab, at `hash` (e.g. `#p12`) when given. */
  static async open(context: BrowserContext, extensionId: string, hash = ''): Promise<ReaderPage> {
    const page = await context.newPage();
    await page.goto(extensionUrl(extensionId, `reader.html${hash}`));
    return new ReaderPage(page);
  }

  /** A new tab not yet at the reader, for specs that set the tab up first (viewport, colour scheme, init scripts). */
  static async blank(context: BrowserContext): Promise<ReaderPage> {
    return new ReaderPage(await context.newPage());
  }

  /** Wraps a reader tab the extension opened itself. */
  static of(page: Page): ReaderPage {
    return new ReaderPage(page);
  }

  async goto(extensionId: string, hash = ''): Promise<void> {
    await this.page.goto(extensionUrl(extensionId, `reader.html${hash}`));
  }

  get title(): Locator {
    return this.page.locator('h1');
  }
  get sectionHeadings(): Locator {
    return this.page.locator('main h2');
  }
  /** Every numbered paragraph, in order. */
  get paragraphs(): Locator {
    return this.page.locator('[id^="p"].paragraph');
  }
  /** Paragraph N (its element has `id="pN"`). */
  paragraph(n: number): Locator {
    return this.page.locator(`#p${n}`);
  }
  get markedParagraphs(): Locator {
    return this.page.locator('.paragraph.is-marked');
  }
  get paragraphTexts(): Locator {
    return this.page.locator('.paragraph-text');
  }

  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }
}

export class SidePanelPage {
  private constructor(readonly page: Page) {}

  /** Opens `sidepanel.html` as a tab, speaking about `tabId` when given (`?tab=`), as the popup. */
  static async open(context: BrowserContext, extensionId: string, tabId?: number): Promise<SidePanelPage> {
    const page = await context.newPage();
    await page.goto(extensionUrl(extensionId, `sidepanel.html${tabId === undefined ? '' : `?tab=${tabId}`}`));
    return new SidePanelPage(page);
  }

  /** A new tab not yet at the panel, for specs that set the tab up first (viewport, colour scheme). */
  static async blank(context: BrowserContext): Promise<SidePanelPage> {
    return new SidePanelPage(await context.newPage());
  }

  /** Wraps a panel tab the extension opened itself. */
  static of(page: Page): SidePanelPage {
    return new SidePanelPage(page);
  }

  async goto(extensionId: string, tabId?: number): Promise<void> {
    await this.page.goto(extensionUrl(extensionId, `sidepanel.html${tabId === undefined ? '' : `?tab=${tabId}`}`));
  }

  /** The list of checks (labelled), problems first. */
  get list(): Locator {
    return this.page.getByRole('list', { name: /problems first|有问题的在前|有問題的在前/ });
  }
  /** One row per check, in the panel's order. */
  get rows(): Locator {
    return this.page.locator('.check-row');
  }
  /** The verdict words of each row, in order. */
  get verdicts(): Locator {
    return this.page.locator('.check-row .check-verdict');
  }
  get topics(): Locator {
    return this.page.locator('.topic-list li');
  }
  /** Paragraphs of the statement the page refers to. */
  get referencedParagraphs(): Locator {
    return this.page.locator('.paragraph.is-referenced');
  }
  get copyButton(): Locator {
    return this.page.locator('.panel-copy');
  }
  get downloadButton(): Locator {
    return this.page.locator('.panel-download');
  }
  get downloadJsonButton(): Locator {
    return this.page.locator('.panel-download-json');
  }
  get status(): Locator {
    return this.page.locator('.panel-status');
  }
  get note(): Locator {
    return this.page.locator('.page-note').first();
  }

  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }
}

/** `card-preview.html`: the card's states rendered by its own components, each in an open shadow root. */
export class CardPreviewPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<CardPreviewPage> {
    const page = await context.newPage();
    await page.goto(extensionUrl(extensionId, 'card-preview.html'));
    return new CardPreviewPage(page);
  }

  /** One card, by its frame's id (`mention`, `quote-verbatim`, `quote-altered`, `quote-unmatched`); Playwright pierces open roots. */
  card(id: string): Locator {
    return this.page.locator(`#${id} .card`);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
