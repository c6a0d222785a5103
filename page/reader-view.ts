/**
 * What the reader actually reads over a range of the page: text hidden from
 * them (display:none, the `hidden` attribute, visibility:hidden) left out, text
 * the page's style inserts (::before, ::after) read in, and whether the page
 * reorders the characters on screen (bidi controls, <bdo>, an override).
 * Quotations are few, so each is looked at properly; nothing is changed.
 */

export interface SeenText {
  /** The text as the reader reads it. */
  text: string;
  /** Bidirectional controls or overrides: the reader does not see the characters in this order. */
  reordered: boolean;
  /** Hidden text was left out or generated text read in: the DOM text is not what is read. */
  differs: boolean;
}

/** Embedding, override and isolate controls (the marks LRM/RLM only place neutral punctuation). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The seen text of `range`, which lies inside `root` (its block). */
export function seenText(root: Element, range: AbstractRange): SeenText {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const seen: SeenText = { text: '', reordered: false, differs: false };
  /** 0 before the range, 1 inside it, 2 after it. */
  let phase = 0;
  const view = root.ownerDocument.defaultView ?? window;

  const generated = (element: Element, pseudo: '::before' | '::after', hidden: boolean) => {
    if (hidden) return;
    const style = view.getComputedStyle(element, pseudo);
    if (style.display === 'none' || style.visibility !== 'visible') return;
    const content = contentText(style.content, element);
    if (content) {
      seen.text += content;
      seen.differs = true;
    }
  };

  const visit = (node: Node, hidden: boolean): void => {
    if (phase === 2) return;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      const from = node === startContainer ? startOffset : 0;
      if (node === startContainer) phase = 1;
      if (phase !== 1) return;
      const to = node === endContainer ? endOffset : data.length;
      const part = data.slice(from, to);
      const invisible = hidden || view.getComputedStyle(node.parentElement ?? root).visibility !== 'visible';
      if (invisible) {
        if (part.trim()) seen.differs = true;
      } else seen.text += part;
      if (node === endContainer) phase = 2;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (NOT_TEXT.has(element.tagName)) return;
    // Before the range only the elements that lead to its start matter.
    if (phase === 0 && !element.contains(startContainer)) return;
    const style = view.getComputedStyle(element);
    const hiddenHere = hidden || style.display === 'none';
    if (!hiddenHere && (element.tagName === 'BDO' || style.unicodeBidi.includes('override'))) {
      // An override of left-to-right text to the left-to-right order changes nothing.
      if (element.tagName === 'BDO' || style.direction === 'rtl') seen.reordered = true;
    }
    if (phase === 1) generated(element, '::before', hiddenHere);
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child, hiddenHere);
    if (phase === 1) generated(element, '::after', hiddenHere);
  };

  // The block's own ancestors may reorder it too (a <bdo> around the whole paragraph).
  seen.reordered = reorderedFrom(root);
  visit(root, false);
  if (hasBidiControls(seen.text)) seen.reordered = true;
  return seen;
}

/** Whether an element or one of its ancestors shows its text right-to-left against its order (<bdo>, an override). */
export function reorderedFrom(element: Element | null): boolean {
  for (; element; element = element.parentElement) {
    if (element.tagName === 'BDO') return true;
    const style = getComputedStyle(element);
    if (style.unicodeBidi.includes('override') && style.direction === 'rtl') return true;
  }
  return false;
}

/** Whether a text has bidirectional embedding, override or isolate controls. */
export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROLS.test(text);
}

/**
 * The text of a computed `content` value: its strings, and attr() read from the
 * element; counters, quotes and images read as nothing.
 */
export function contentText(content: string, element: Element): string {
  if (!content || content === 'none' || content === 'normal') return '';
  let text = '';
  const tokens = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(\s*([\w-]+)\s*\)/gu;
  for (const token of content.matchAll(tokens)) {
    if (token[3]) text += element.getAttribute(token[3]) ?? '';
    else text += unescapeCss(token[1] ?? token[2] ?? '');
  }
  return text;
}

function unescapeCss(text: string): string {
  return text.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/gu, (_, hex: string | undefined, char: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : (char ?? ''),
  );
}
