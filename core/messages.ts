/** The one typed protocol between background, content script and popup. */
import type { Verdict } from './align';

export interface PageSummary {
  hostname: string;
  /** The user turned Yuanwen off on this site. */
  disabled?: boolean;
  /** Topics marked on the page, most frequent first. */
  topics: { id: string; name: string; english: string; count: number }[];
  /** Checked quotations in page order (`index`), with their form: in quotation marks, or a reproduced passage. */
  quotes: { index: number; verdict: Verdict; form: 'quoted' | 'passage'; text: string }[];
}

export type RevealTarget = { kind: 'topic'; id: string } | { kind: 'quote'; index: number };

export type ToContent =
  | { type: 'next-mention' }
  | { type: 'check-selection'; text: string }
  | { type: 'page-summary' }
  | { type: 'reveal'; target: RevealTarget };

/** What the content script answers to each request (undefined where it answers nothing). */
export interface ContentReplies {
  'next-mention': void;
  'check-selection': void;
  'page-summary': PageSummary;
  reveal: boolean;
}

export type ContentReply<M extends ToContent> = ContentReplies[M['type']];

/** The content script's handlers, one per request type, each typed by its reply. */
export type ContentHandlers = {
  [K in ToContent['type']]: (message: Extract<ToContent, { type: K }>) => ContentReplies[K];
};

/** Runs the handler for a request (TypeScript cannot pair a union member with its handler by itself). */
export function dispatchToContent<M extends ToContent>(handlers: ContentHandlers, message: M): ContentReply<M> {
  const handler = handlers[message.type] as unknown as (message: M) => ContentReply<M>;
  return handler(message);
}

export type ToBackground =
  | { type: 'open-reader'; paragraph?: number }
  | { type: 'quote-counts'; altered: number; unmatched: number }
  /** From the content script's first stage: the page has something to mark, or a request needs the main script. */
  | { type: 'load-main' };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

export function isToContent(message: unknown): message is ToContent {
  if (!isObject(message)) return false;
  switch (message.type) {
    case 'next-mention':
    case 'page-summary':
      return true;
    case 'check-selection':
      return typeof message.text === 'string';
    case 'reveal': {
      const target = message.target;
      if (!isObject(target)) return false;
      return (
        (target.kind === 'topic' && typeof target.id === 'string') || (target.kind === 'quote' && isCount(target.index))
      );
    }
    default:
      return false;
  }
}

export function isToBackground(message: unknown): message is ToBackground {
  if (!isObject(message)) return false;
  if (message.type === 'open-reader') {
    return (
      message.paragraph === undefined || (Number.isInteger(message.paragraph) && (message.paragraph as number) > 0)
    );
  }
  if (message.type === 'load-main') return true;
  return message.type === 'quote-counts' && isCount(message.altered) && isCount(message.unmatched);
}
