/**
 * Between the content script's two stages, in the extension's isolated world (which both share,
 * as the listener script and the first stage do; the page cannot see it): the first stage starts
 * at document_idle and answers the extension's requests; the main script, loaded only when the
 * page has something to mark (or a request needs it), provides the handlers.
 */
import type { Browser } from 'wxt/browser';
import type { ContentHandlers } from '@/core/messages';
import type { Settings } from '@/core/settings';

export interface Handoff {
  /** When the first stage started (document_idle): the scan timings' `yuanwen:start`. */
  startedAt: number;
  /** The settings the first stage last read (the main script starts with them: no second read). */
  settings: Settings | null;
  /** The main script is running: a second injection does nothing. */
  mainStarted: boolean;
  /** The main script's handlers once it runs; null again when it stopped (its extension went away). */
  handlers: ContentHandlers | null;
  /** Takes a side panel's port (`PANEL_PORT`) once the main script runs. */
  panel: ((port: Browser.runtime.Port) => void) | null;
  /** Resolves once the main script set its handlers. */
  ready: Promise<void>;
  markReady(): void;
}

const KEY = Symbol.for('yuanwen.handoff');

export function handoff(): Handoff {
  const world = globalThis as { [KEY]?: Handoff };
  if (!world[KEY]) {
    let markReady!: () => void;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    world[KEY] = {
      startedAt: performance.now(),
      settings: null,
      mainStarted: false,
      handlers: null,
      panel: null,
      ready,
      markReady,
    };
  }
  return world[KEY];
}
