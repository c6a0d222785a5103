import type { Browser } from 'wxt/browser';
import { dispatchToContent, isToContent, PANEL_PORT, type ToBackground } from '@/core/messages';
import { isSiteEnabled, parseSettings, type Settings } from '@/core/settings';
import { TopicSieve } from '@/core/sieve';
import { sieveSource } from '@/data/sieve';
import { firstLook } from '@/page/first-look';
import { handoff } from '@/page/handoff';

// The content script's first stage, listed in the manifest for document_idle. Most pages name
// nothing of the statement: they get only this small script, which reads their text once through
// the sieve and watches what they add. The main script (content-main) is loaded into the same
// isolated world by the background only when something could be marked, when general topics are
// always shown (quotations then need no topic), or when a request needs it (the context-menu
// check, the popup). Like the main script it is a plain script: it tells the page nothing.
// Extension APIs are called directly (no polyfill: this script is meant to be small).
export default defineUnlistedScript({
  globalName: false,
  main() {
    const readable = document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml';
    if (document.designMode === 'on' || !readable || !document.documentElement) return;
    void run();
  },
});

interface Api {
  runtime: {
    id?: string;
    sendMessage(message: ToBackground): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, respond: (reply: unknown) => void) => boolean): void;
    };
    onConnect: { addListener(listener: (port: Browser.runtime.Port) => void): void };
  };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

const world = globalThis as { browser?: Api; chrome?: Api };

async function run(): Promise<void> {
  const shared = handoff();
  shared.startedAt = performance.now();
  const api = (world.browser ?? world.chrome)!;
  const life = new AbortController();
  let look: AbortController | null = null;
  let loading: Promise<boolean> | null = null;
  life.signal.addEventListener('abort', () => look?.abort());

  const loadMain = () =>
    (loading ??= api.runtime.sendMessage({ type: 'load-main' }).then(
      () => true,
      () => {
        // The extension went away (or the page is leaving): nothing more to do here.
        life.abort();
        return false;
      },
    ));
  const consider = (settings: Settings) => {
    shared.settings = settings;
    if (loading || life.signal.aborted) return;
    look?.abort();
    look = null;
    if (!isSiteEnabled(settings, location.hostname)) return;
    if (settings.generalTopics === 'always') {
      void loadMain();
      return;
    }
    look = new AbortController();
    const sieve = new TopicSieve(sieveSource);
    void firstLook(sieve, look.signal, settings.diagnostics).found.then(() => {
      if (settings.diagnostics) performance.mark('yuanwen:found');
      return loadMain();
    });
  };

  // Requests from the extension are answered by the main script, loaded for them if need be.
  api.runtime.onMessage.addListener((message, _sender, respond) => {
    if (life.signal.aborted || !isToContent(message)) return false;
    void loadMain()
      .then((loaded) => (loaded ? shared.ready : undefined))
      .then(() => respond(shared.handlers ? dispatchToContent(shared.handlers, message) : undefined));
    return true;
  });

  // A side panel opened on this tab: the main script reports to it.
  api.runtime.onConnect.addListener((port) => {
    if (life.signal.aborted || port.name !== PANEL_PORT) return;
    void loadMain()
      .then((loaded) => (loaded ? shared.ready : undefined))
      .then(() => shared.panel?.(port));
  });

  let settings: Settings;
  try {
    settings = parseSettings((await api.storage.sync.get('settings')).settings);
  } catch {
    if (!api.runtime.id) return; // an orphan
    settings = parseSettings(undefined);
  }
  // Timings go to the page's (shared) performance timeline only when the user asked for them.
  if (settings.diagnostics) performance.mark('yuanwen:start', { startTime: shared.startedAt });
  consider(settings);
  // Settings apply live, here too: a site turned back on, general topics switched to "always".
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes.settings) consider(parseSettings(changes.settings.newValue));
  });
}
