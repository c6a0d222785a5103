/**
 * Probes for e2e tests: highlights, scan timing and page mutations read in the
 * page's main world; the card read from outside through the DevTools protocol
 * (./card.ts, re-exported here).
 */
import type { BrowserContext, Page } from '@playwright/test';

export {
  cardBox,
  cardFocusedText,
  cardQuery,
  cardText,
  cardTextOf,
  clickCardButton,
  clickInCard,
  type CardElement,
} from './card';

/** The text of each range in a named highlight, in document order. */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return [];
    const ranges = [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    });
    // Ranges inside shadow trees compare by their host's place in the document.
    const anchor = (range: Range) => {
      const root = range.startContainer.getRootNode();
      return root instanceof ShadowRoot ? root.host : range.startContainer;
    };
    ranges.sort((a, b) => {
      const [x, y] = [anchor(a), anchor(b)];
      if (
        x === y ||
        (x.getRootNode() === y.getRootNode() && a.startContainer.getRootNode() === b.startContainer.getRootNode())
      ) {
        return a.compareBoundaryPoints(Range.START_TO_START, b);
      }
      return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    // Layout whitespace (line breaks in the HTML source) reads as one space.
    return ranges.map((r) => r.toString().replace(/\s+/g, ' '));
  }, name);
}

/**
 * Waits until scanning has run — a `yuanwen:scan` measure (with the `diagnostics` setting on, as the
 * harness sets it) or, without measures, a first mark in the highlight — and the highlight has stopped
 * changing. Without diagnostics, a page with nothing to mark never satisfies it: use `waitForQuiet`.
 */
export async function waitForScan(page: Page, name = 'yuanwen-mention'): Promise<void> {
  await page.waitForFunction(
    (name) => performance.getEntriesByName('yuanwen:scan').length > 0 || (CSS.highlights.get(name)?.size ?? 0) > 0,
    name,
  );
  // Settled: neither the highlight nor the number of scan measures changed for three reads in a row
  // (longer than the scanner's 150 ms between bulk paints).
  let last = '';
  let quiet = 0;
  for (let i = 0; i < 150 && quiet < 3; i++) {
    await page.waitForTimeout(100);
    const now = await page.evaluate(
      (name) => `${CSS.highlights.get(name)?.size ?? 0}/${performance.getEntriesByName('yuanwen:scan').length}`,
      name,
    );
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

/** Viewport coordinates of the middle of the first highlighted range whose text is `text`. */
export async function pointOfMark(
  page: Page,
  name: string,
  text: string,
  where: 'middle' | 'start' | number = 'middle',
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ name, text, where }) => {
      for (const r of CSS.highlights.get(name) ?? []) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString().replace(/\s+/g, ' ') !== text.replace(/\s+/g, ' ')) continue;
        (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        // A number: that fraction of the way along the first line (to avoid a mark inside the range).
        const x =
          where === 'start'
            ? rect.left + Math.min(8, rect.width / 2)
            : rect.left + rect.width * (where === 'middle' ? 0.5 : where);
        return { x, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    { name, text, where },
  );
  if (!point) throw new Error(`no ${name} mark on "${text}"`);
  return point;
}

/** Quotation marks by verdict: { verbatim: [...], altered: [...], unmatched: [...] }. */
export async function quoteVerdicts(page: Page): Promise<Record<'verbatim' | 'altered' | 'unmatched', string[]>> {
  return {
    verbatim: await highlightTexts(page, 'yuanwen-quote-verbatim'),
    altered: await highlightTexts(page, 'yuanwen-quote-altered'),
    unmatched: await highlightTexts(page, 'yuanwen-quote-unmatched'),
  };
}

/**
 * A wait that needs no measures, for pages with nothing to mark: the load event, then `quietMs`
 * (the extension starts at `document_idle` plus an idle callback of at most 1 s).
 */
export async function waitForQuiet(page: Page, quietMs = 1500): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(quietMs);
}

/**
 * Records every DOM mutation from DOMContentLoaded on, in the main world, before
 * the extension runs. Read the records with `pageMutations`.
 */
export async function installMutationAudit(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const records: string[] = [];
    Object.defineProperty(window, '__yuanwenAudit', { value: records });
    const describe = (node: Node) => (node.nodeType === 1 ? (node as Element).tagName.toLowerCase() : node.nodeName);
    const observer = new MutationObserver((list) => {
      for (const record of list) {
        const added = [...record.addedNodes].map(describe).join(',');
        const removed = [...record.removedNodes].map(describe).join(',');
        records.push(
          `${record.type} on ${describe(record.target)}${record.attributeName ? ` [${record.attributeName}]` : ''}` +
            `${added ? ` +${added}` : ''}${removed ? ` -${removed}` : ''}`,
        );
      }
    });
    document.addEventListener('DOMContentLoaded', () => {
      observer.takeRecords();
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  });
}

export async function pageMutations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __yuanwenAudit: string[] }).__yuanwenAudit]);
}

/** Recall and precision of the marks found against the marks expected (as multisets of texts). */
export function scoreMarks(found: readonly string[], expected: readonly string[]) {
  const missed = [...expected];
  const wrong: string[] = [];
  for (const text of found) {
    const at = missed.indexOf(text);
    if (at >= 0) missed.splice(at, 1);
    else wrong.push(text);
  }
  const correct = found.length - wrong.length;
  return {
    recall: expected.length ? correct / expected.length : 1,
    precision: found.length ? correct / found.length : 1,
    missed,
    wrong,
  };
}

/**
 * A main-world probe installed before the page runs: keeps the page's own
 * `CSS` (pages may replace it) and the longest gap between 20 ms timer ticks —
 * how long the main thread was unavailable — from the extension's first scan on.
 */
export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probe = { css: window.CSS, maxGap: 0, last: 0 };
    Object.defineProperty(window, '__yuanwenProbe', { value: probe });
    // The page's own start-up (layout of a huge page) is not the extension's doing:
    // count from the extension's first scan slice on.
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('yuanwen:scan').length) return;
      probe.maxGap = 0;
      observer.disconnect();
    }).observe({ type: 'measure', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      probe.last = performance.now();
      setInterval(() => {
        const now = performance.now();
        probe.maxGap = Math.max(probe.maxGap, now - probe.last);
        probe.last = now;
      }, 20);
    });
  });
}

/** The longest main-thread gap since DOMContentLoaded (or since the last reset). */
export function maxMainThreadGap(page: Page, reset = false): Promise<number> {
  return page.evaluate((reset) => {
    const probe = (window as unknown as { __yuanwenProbe: { maxGap: number } }).__yuanwenProbe;
    const gap = probe.maxGap;
    if (reset) probe.maxGap = 0;
    return gap;
  }, reset);
}

/** Highlight texts read with the page's original `CSS` and no array built-ins the page may have replaced. */
export function robustHighlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((name) => {
    const probe = (window as unknown as { __yuanwenProbe: { css: typeof CSS } }).__yuanwenProbe;
    const texts: string[] = [];
    const highlight = probe.css.highlights.get(name);
    if (!highlight) return texts;
    for (const r of highlight) {
      const start = r.startContainer as Text;
      const end = r.endContainer as Text;
      texts.push(start === end ? start.data.slice(r.startOffset, r.endOffset) : `${start.data.slice(r.startOffset)}…`);
    }
    return texts;
  }, name);
}

/** Sum of the extension's `yuanwen:scan` measures, in ms. */
export function scanTime(page: Page): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    for (const entry of performance.getEntriesByName('yuanwen:scan')) total += entry.duration;
    return total;
  });
}

/** A new page on a fixture, scanned (optionally recording page mutations from DOMContentLoaded on). */
export async function openFixture(
  context: BrowserContext,
  url: string,
  { audit = false, highlight = 'yuanwen-mention' }: { audit?: boolean; highlight?: string } = {},
): Promise<Page> {
  const page = await context.newPage();
  if (audit) await installMutationAudit(page);
  await page.goto(url);
  await waitForScan(page, highlight);
  return page;
}

/** Moves the pointer onto a highlighted range (see pointOfMark). */
export async function hoverMark(page: Page, name: string, text: string, where: 'middle' | 'start' | number = 'middle') {
  const point = await pointOfMark(page, name, text, where);
  await page.mouse.move(point.x, point.y);
  return point;
}
