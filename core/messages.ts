/** The one typed protocol between background, content script and popup. */
import type { Verdict } from './align';
import { MAX_WINDOW, type SegmentationWindow } from './boundaries';
import type { TwoLineDiff } from './diff';

export interface PageSummary {
  hostname: string;
  /** The user turned Yuanwen off on this site. */
  disabled?: boolean;
  /** Topics marked on the page, most frequent first. */
  topics: { id: string; name: string; english: string; count: number }[];
  /** Checked quotations in page order (`index`), with their form: in quotation marks, or a reproduced passage. */
  quotes: { index: number; verdict: Verdict; form: 'quoted' | 'passage'; text: string }[];
}

/** One quotation or reproduced passage on the page, as the side panel lists it and its report tells it. */
export interface PageCheck {
  /** Its place among the page's checks in page order (what `reveal` takes). */
  index: number;
  form: 'quoted' | 'passage';
  verdict: Verdict;
  /** The page's words, as the reader reads them. */
  text: string;
  /** Paragraphs of the statement it comes from (for an unmatched quotation, the closest, if any). */
  paragraphs: number[];
  /** The statement's words it corresponds to (verbatim and altered). */
  original?: string;
  /** For an altered one: both lines with the differences marked. */
  diff?: TwoLineDiff;
}

/** Everything checked on a page, for the side panel (pushed through a `PANEL_PORT` port whenever it changes). */
export interface PageChecks {
  title: string;
  url: string;
  hostname: string;
  disabled?: boolean;
  topics: PageSummary['topics'];
  checks: PageCheck[];
}

/** The side panel connects to a tab's content script with this port name; the script posts `PageChecks`. */
export const PANEL_PORT = 'yuanwen-panel';

/** A quotation is named by its index; its words, when given, find it again if the page changed meanwhile. */
export type RevealTarget = { kind: 'topic'; id: string } | { kind: 'quote'; index: number; text?: string };

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
  /** The card's "Check the whole page": the side panel for the sender's tab (or the panel page in a tab). */
  | { type: 'open-panel' }
  /** From the content script's first stage: the page has something to mark, or a request needs the main script. */
  | { type: 'load-main' }
  /** From the main stage: the words a segmenter finds across these terms' edges (see page/segment-requests.ts). */
  | { type: 'segment-words'; windows: SegmentationWindow[] };

/** Windows asked in one message at most. */
export const MAX_SEGMENT_WINDOWS = 256;

function isSegmentationWindow(value: unknown): value is SegmentationWindow {
  if (!isObject(value) || typeof value.text !== 'string' || value.text.length > MAX_WINDOW) return false;
  const { start, end } = value;
  return isCount(start) && isCount(end) && (start as number) < (end as number) && (end as number) <= value.text.length;
}

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
        (target.kind === 'topic' && typeof target.id === 'string') ||
        (target.kind === 'quote' &&
          isCount(target.index) &&
          (target.text === undefined || typeof target.text === 'string'))
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
  if (message.type === 'open-panel') return true;
  if (message.type === 'load-main') return true;
  if (message.type === 'segment-words') {
    const { windows } = message;
    return Array.isArray(windows) && windows.length <= MAX_SEGMENT_WINDOWS && windows.every(isSegmentationWindow);
  }
  return message.type === 'quote-counts' && isCount(message.altered) && isCount(message.unmatched);
}

/** What the side panel accepts from its port (posted only by the content script it connected to). */
export function isPageChecks(message: unknown): message is PageChecks {
  return (
    isObject(message) &&
    typeof message.url === 'string' &&
    typeof message.title === 'string' &&
    typeof message.hostname === 'string' &&
    Array.isArray(message.checks) &&
    Array.isArray(message.topics)
  );
}
