/** The one typed protocol between background, content script and popup. */

export type ToContent = { type: 'next-mention' };

export type ToBackground = { type: 'open-reader'; paragraph?: number };

export function isToContent(message: unknown): message is ToContent {
  return typeof message === 'object' && message !== null && (message as ToContent).type === 'next-mention';
}

export function isToBackground(message: unknown): message is ToBackground {
  if (typeof message !== 'object' || message === null) return false;
  const { type, paragraph } = message as ToBackground;
  return type === 'open-reader' && (paragraph === undefined || (Number.isInteger(paragraph) && paragraph > 0));
}
