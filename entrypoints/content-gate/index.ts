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
  /** When the sieve found something (it is acted on once the settings are known). */
  let foundAt = -1;
  const startLook = (diagnostics: boolean | Promise<boolean>) => {
    look = new AbortController();
    void firstLook(new TopicSieve(sieveSource), look.signal, diagnostics).found.then(() => {
      foundAt = performance.now();
      act();
    });
  };
  /** Does what the settings known so far and the sieve say: nothing yet, look, or load the main script. */
  const act = () => {
    const settings = shared.settings;
    if (!settings || loading || life.signal.aborted) return;
    if (!isSiteEnabled(settings, location.hostname)) {
      look?.abort();
      look = null;
      foundAt = -1;
    } else if (settings.generalTopics === 'always' || foundAt >= 0) {
      look?.abort();
      if (settings.diagnostics && foundAt >= 0) performance.mark('yuanwen:found', { startTime: foundAt });
      void loadMain();
    } else if (!look) startLook(settings.diagnostics);
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

  // The sieve starts reading at once, while the settings are read (a round trip to the browser).
  const read = readSettings(api);
  // (On a site turned off it stops when they arrive, its slices unmeasured.)
  startLook(read.then((settings) => !!settings?.diagnostics && isSiteEnabled(settings, location.hostname)));
  const settings = await read;
  if (!settings) return life.abort(); // an orphan
  // Timings go to the page's (shared) performance timeline only when the user asked for them.
  if (settings.diagnostics) performance.mark('yuanwen:start', { startTime: shared.startedAt });
  shared.settings = settings;
  act();
  // Settings apply live, here too: a site turned back on, general topics switched to "always".
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !changes.settings) return;
    shared.settings = parseSettings(changes.settings.newValue);
    act();
  });
}

/** The stored settings, the defaults when storage fails, or null when the extension went away. */
async function readSettings(api: Api): Promise<Settings | null> {
  try {
    return parseSettings((await api.storage.sync.get('settings')).settings);
  } catch {
    return api.runtime.id ? parseSettings(undefined) : null;
  }
}
