/** The one typed protocol between background, content script and popup. */

export type ToContent = { type: 'next-mention' } | { type: 'check-selection'; text: string };

export type ToBackground = { type: 'open-reader'; paragraph?: number };

export function isToContent(message: unknown): message is ToContent {
  if (typeof message !== 'object' || message === null) return false;
  const { type } = message as { type?: unknown };
  if (type === 'next-mention') return true;
  return type === 'check-selection' && typeof (message as { text?: unknown }).text === 'string';
}

export function isToBackground(message: unknown): message is ToBackground {
  if (typeof message !== 'object' || message === null) return false;
  const { type, paragraph } = message as ToBackground;
  return type === 'open-reader' && (paragraph === undefined || (Number.isInteger(paragraph) && paragraph > 0));
}
