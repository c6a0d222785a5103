/** Whether a block is the page's main text, for the relevance gate (see core/relevance.ts). */
import { isFurniture, isLinkText, type Landmark } from '@/core/relevance';
import type { TextBlock } from './text-blocks';

/** The block and its ancestors, nearest first, across shadow roots to their hosts. */
function* landmarks(element: Element): Generator<Landmark> {
  for (let at: Element | null = element; at;) {
    yield { name: at.localName, role: at.getAttribute('role') };
    const root: Node | null = at.parentElement ? null : at.getRootNode();
    at = at.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
}

/** Not navigation, a sidebar, a banner or footer, a ticker, nor an entry in a list of links. Asked rarely. */
export function isMainText(block: TextBlock): boolean {
  if (isFurniture(landmarks(block.element))) return false;
  let linkChars = 0;
  let textChars = 0;
  for (const node of block.nodes) {
    const { length } = node;
    textChars += length;
    if (length && node.parentElement?.closest('a[href]')) linkChars += length;
  }
  return !isLinkText(linkChars, textChars);
}
