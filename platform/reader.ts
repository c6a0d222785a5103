import { paragraphAnchor } from '@/core/anchors';

/** Opens the reader page, optionally at a paragraph (`reader.html#p12`). */
export function readerUrl(paragraph?: number): string {
  const hash = paragraph ? `#${paragraphAnchor(paragraph)}` : '';
  return browser.runtime.getURL(`/reader.html${hash}`);
}

export async function openReader(paragraph?: number): Promise<void> {
  await browser.tabs.create({ url: readerUrl(paragraph) });
}
