/**
 * Reading and pressing the card from outside the page, as the design's contract
 * says: its closed shadow root is found through the DevTools protocol
 * (`DOM.describeNode` with `pierce: true` sees closed roots) and read in an
 * isolated world of the test's own, where nothing the page did to its prototypes
 * can change what the test reads. Presses are real (trusted) mouse clicks at the
 * element's box.
 */
import type { CDPSession, Page } from '@playwright/test';

interface Probe {
  session: CDPSession;
  /** The test's isolated world in the current document (recreated after a navigation). */
  world: number | null;
}

const probes = new WeakMap<Page, Probe>();

async function probeOf(page: Page): Promise<Probe> {
  let probe = probes.get(page);
  if (!probe) {
    probe = { session: await page.context().newCDPSession(page), world: null };
    probes.set(page, probe);
  }
  return probe;
}

async function worldOf(probe: Probe): Promise<number> {
  if (probe.world !== null) return probe.world;
  const { frameTree } = await probe.session.send('Page.getFrameTree');
  const { executionContextId } = await probe.session.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'yuanwen-test-probe',
  });
  return (probe.world = executionContextId);
}

/** The card's closed shadow root (a page may add decoy `yuanwen-card` elements: only a closed root counts). */
async function cardRoot(probe: Probe): Promise<string | null> {
  const { session } = probe;
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'yuanwen-card' });
  for (const nodeId of nodeIds) {
    const { node } = await session.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.find((root) => root.shadowRootType === 'closed');
    if (!shadow) continue;
    const { object } = await session.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      executionContextId: await worldOf(probe),
    });
    return object.objectId ?? null;
  }
  return null;
}

/** Runs `fn` (a function source, called with the card's shadow root as `this`) in the test's world. */
async function inCardRoot<T>(page: Page, fn: string, arg?: unknown): Promise<T | null> {
  const probe = await probeOf(page);
  for (let attempt = 0; ; attempt++) {
    try {
      const objectId = await cardRoot(probe);
      if (!objectId) return null;
      const { result, exceptionDetails } = await probe.session.send('Runtime.callFunctionOn', {
        objectId,
        functionDeclaration: fn,
        arguments: [{ value: arg ?? null }],
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as T;
    } catch (error) {
      // The page navigated: its old world is gone.
      if (attempt > 0 || !/context|Cannot find|No node/i.test(String(error))) throw error;
      probe.world = null;
    }
  }
}

export interface CardElement {
  tag: string;
  text: string;
  /** Viewport coordinates. */
  box: { x: number; y: number; width: number; height: number };
}

/** The card's visible text (`innerText`), or null when no card is shown. */
export function cardText(page: Page): Promise<string | null> {
  return inCardRoot<string | null>(
    page,
    `function () {
      const card = this.querySelector('.card');
      return card ? card.innerText : null;
    }`,
  );
}

/** Elements of the shown card matching `selector` (none when no card is shown). */
export async function cardQuery(page: Page, selector: string): Promise<CardElement[]> {
  return (
    (await inCardRoot<CardElement[]>(
      page,
      `function (selector) {
        return [...this.querySelectorAll(selector)].map((element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          return { tag: element.tagName.toLowerCase(), text: element.textContent, box: { x, y, width, height } };
        });
      }`,
      selector,
    )) ?? []
  );
}

/** The card's box in viewport coordinates, or null when no card is shown. */
export async function cardBox(page: Page): Promise<CardElement['box'] | null> {
  return (await cardQuery(page, '.card'))[0]?.box ?? null;
}

/** Clicks the `index`th element matching `selector` in the card, with the real mouse (a trusted click). */
export async function clickInCard(page: Page, selector: string, index = 0): Promise<void> {
  const element = (await cardQuery(page, selector))[index];
  if (!element) throw new Error(`no "${selector}" in the card`);
  const { x, y, width, height } = element.box;
  await page.mouse.click(x + width / 2, y + height / 2);
}

/** The text of the element focused inside the card, or null. */
export function cardFocusedText(page: Page): Promise<string | null> {
  return inCardRoot<string | null>(page, `function () { return this.activeElement?.textContent ?? null; }`);
}

/** The visible text (`innerText`) of each element matching `selector` inside the card, in order. */
export async function cardTextOf(page: Page, selector: string): Promise<string[]> {
  return (
    (await inCardRoot<string[]>(
      page,
      `function (selector) {
        const card = this.querySelector('.card');
        return card ? [...card.querySelectorAll(selector)].map((element) => element.innerText) : [];
      }`,
      selector,
    )) ?? []
  );
}

/**
 * Clicks the card's button with this accessible name (its `aria-label`, else its text; a string matches
 * as a case-insensitive substring, as Playwright's role queries do) with the real mouse.
 */
export async function clickCardButton(page: Page, name: string | RegExp): Promise<void> {
  const buttons =
    (await inCardRoot<{ name: string; box: CardElement['box'] }[]>(
      page,
      `function () {
        return [...this.querySelectorAll('button')].map((button) => {
          const { x, y, width, height } = button.getBoundingClientRect();
          return { name: (button.getAttribute('aria-label') || button.innerText).trim(), box: { x, y, width, height } };
        });
      }`,
    )) ?? [];
  const matches = (text: string) =>
    typeof name === 'string' ? text.toLowerCase().includes(name.toLowerCase()) : name.test(text);
  const button = buttons.find((candidate) => matches(candidate.name));
  if (!button)
    throw new Error(`no button named ${String(name)} in the card (${buttons.map((b) => b.name).join(', ')})`);
  const { x, y, width, height } = button.box;
  await page.mouse.click(x + width / 2, y + height / 2);
}
