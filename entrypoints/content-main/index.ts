import cardCss from '@/components/card.css?inline';
import themeCss from '@/components/theme.css?inline';
import highlightCss from '@/page/highlights.css?inline';
import type { Browser } from 'wxt/browser';
import { PANEL_PORT, type ContentHandlers, type PageChecks, type ToBackground } from '@/core/messages';
import { citationLanguageFor } from '@/core/cite';
import { renderingsFor } from '@/core/renderings';
import { isSiteEnabled, type Settings } from '@/core/settings';
import { fold, matcherTables, patterns, renderings, statement, statementIndex, topics } from '@/data';
import { handoff } from '@/page/handoff';
import { dropHighlightStyles, scopeToRoot } from '@/page/highlight-styles';
import { trustedInput } from '@/page/trusted-input';
import { startYuanwenPage, type YuanwenPage } from '@/page/yuanwen-page';
import { loadSettings, watchSettings } from '@/platform/settings-store';

// The content script's main stage, loaded by the background into the first stage's isolated world
// (entrypoints/content-gate) once the page has something to mark. A plain script rather than a WXT
// content script: WXT's content-script context announces each start to the page (a window message
// and a document event carrying the extension id) and stops itself when the page replays them.
// This script tells the page nothing, and stops only when the extension itself is gone.
export default defineUnlistedScript({
  globalName: false,
  main() {
    // Editable documents belong to the user: nothing is marked in them. Nor in XML that the browser's
    // viewer shows as a tree (built of XHTML elements), nor SVG: only HTML and XHTML pages are read.
    const readable = document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml';
    if (document.designMode === 'on' || !readable || !document.documentElement) return;
    const shared = handoff();
    if (shared.mainStarted) return;
    shared.mainStarted = true;
    mainStartedAt = performance.now();
    void run(shared);
  },
});

/** When this script began to run (a `yuanwen:main` mark with the `diagnostics` setting). */
let mainStartedAt = 0;

/**
 * The extension was updated, reloaded or removed: this script is an orphan and must stop. Read from
 * the browser's own `chrome.runtime` (the polyfill's `browser.runtime` may hold on to a stale copy).
 */
const orphaned = (error?: unknown) =>
  !(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id ||
  /context invalidated/i.test(String((error as Error | undefined)?.message));

async function run(shared: ReturnType<typeof handoff>): Promise<void> {
  const input = trustedInput();
  const life = new AbortController();
  let page: YuanwenPage | null = null;
  let controller: AbortController | null = null;
  const stopIfOrphaned = (error?: unknown) => {
    if (!life.signal.aborted && orphaned(error)) life.abort();
  };
  const send = (message: ToBackground) => {
    try {
      void browser.runtime.sendMessage(message).catch(stopIfOrphaned);
    } catch (error) {
      stopIfOrphaned(error);
    }
  };

  // The first stage read them already (and keeps them current until the watch below begins).
  const settings = shared.settings ?? (await loadSettings());
  if (orphaned()) return;
  // Timings go to the page's (shared) performance timeline only when the user asked for them.
  // (The first stage marked `yuanwen:start` already, unless the settings changed since.)
  if (settings.diagnostics && performance.getEntriesByName('yuanwen:start').length === 0) {
    performance.mark('yuanwen:start', { startTime: shared.startedAt });
  }
  if (settings.diagnostics) performance.mark('yuanwen:main', { startTime: mainStartedAt });

  // Side panels connected to this tab: told the page's checks now and whenever they change (nothing
  // is computed while none is open).
  const panels = new Set<Browser.runtime.Port>();
  const lastPosted = new WeakMap<Browser.runtime.Port, string>();
  const postChecks = (to: Iterable<Browser.runtime.Port> = panels) => {
    const checks: PageChecks = page?.checks() ?? {
      title: document.title,
      url: location.href,
      hostname: location.hostname,
      disabled: true,
      topics: [],
      checks: [],
    };
    const json = JSON.stringify(checks);
    for (const port of to) {
      if (lastPosted.get(port) === json) continue;
      lastPosted.set(port, json);
      try {
        port.postMessage(checks);
      } catch {
        panels.delete(port); // closed meanwhile
      }
    }
  };

  // Settings apply live: the page is started afresh with them (or not at all on a site turned off).
  const start = (settings: Settings) => {
    controller?.abort();
    page = null;
    if (life.signal.aborted) return;
    send({ type: 'quote-counts', altered: 0, unmatched: 0 });
    if (!isSiteEnabled(settings, location.hostname)) return postChecks();
    controller = new AbortController();
    page = startYuanwenPage(
      { statement, statementIndex, topics, patterns, matcherTables: matcherTables(), fold, renderings },
      {
        cardCss: themeCss + cardCss,
        highlightCss: import.meta.env.FIREFOX ? highlightCss : scopeToRoot(highlightCss),
        settings,
        input,
        shown: renderingsFor(browser.i18n.getUILanguage(), settings.traditionalText),
        citationLanguage: citationLanguageFor(browser.i18n.getUILanguage()),
        openReader: (paragraph) => send({ type: 'open-reader', paragraph }),
        onQuoteCounts: (counts) => send({ type: 'quote-counts', ...counts }),
        onSettled: () => panels.size > 0 && postChecks(),
        openPanel: () => send({ type: 'open-panel' }),
        askSegmenter: (windows) =>
          browser.runtime.sendMessage({ type: 'segment-words', windows } satisfies ToBackground).catch((error) => {
            stopIfOrphaned(error); // then nothing is decided in the page: the scan stops
            throw error;
          }),
        signal: controller.signal,
      },
    );
  };
  const unwatch = watchSettings(start);
  life.signal.addEventListener('abort', () => {
    controller?.abort();
    page = null;
    dropHighlightStyles();
    for (const port of panels) port.disconnect();
    try {
      unwatch();
    } catch {
      // An orphan's extension APIs throw; its storage listener is gone with them.
    }
  });
  // An orphan is noticed when the user next acts on the page (or a message fails), and cleans up.
  input.on('pointermove', () => stopIfOrphaned(), life.signal);
  input.on('keydown', () => stopIfOrphaned(), life.signal);
  start(settings);

  const handlers: ContentHandlers = {
    'next-mention': () => void page?.card.next(),
    'check-selection': (message) => void page?.checkSelection(message.text),
    'page-summary': () => page?.summary() ?? { hostname: location.hostname, topics: [], quotes: [], disabled: true },
    reveal: (message) => page?.reveal(message.target) ?? false,
  };
  // The first stage listens for requests and side panels and hands them on (see page/handoff.ts).
  shared.handlers = handlers;
  shared.panel = (port) => {
    if (life.signal.aborted || port.name !== PANEL_PORT) return;
    panels.add(port);
    port.onDisconnect.addListener(() => panels.delete(port));
    // Once the first scan is done: an empty list before it would read as "nothing on this page".
    void (page?.ready ?? Promise.resolve()).then(() => postChecks([port]));
  };
  life.signal.addEventListener('abort', () => {
    shared.handlers = null;
    shared.panel = null;
  });
  shared.markReady();
}
