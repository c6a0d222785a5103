import cardCss from '@/components/card.css?inline';
import themeCss from '@/components/theme.css?inline';
import { dispatchToContent, isToContent, type ContentHandlers, type ToBackground } from '@/core/messages';
import { isSiteEnabled, type Settings } from '@/core/settings';
import { fold, patterns, statement, statementIndex, topics } from '@/data';
import { startYuanwenPage, type YuanwenPage } from '@/page/yuanwen-page';
import { loadSettings, watchSettings } from '@/platform/settings-store';
import './style.css';

const send = (message: ToBackground) => void browser.runtime.sendMessage(message).catch(() => undefined);

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Editable documents belong to the user: nothing is marked in them. Nor in XML that the browser's
    // viewer shows as a tree (built of XHTML elements), nor SVG: only HTML and XHTML pages are read.
    const readable = document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml';
    if (document.designMode === 'on' || !readable || !document.documentElement) return;
    performance.mark('yuanwen:start');
    let page: YuanwenPage | null = null;
    let controller: AbortController | null = null;

    // Settings apply live: the page is started afresh with them (or not at all on a site turned off).
    const start = (settings: Settings) => {
      controller?.abort();
      page = null;
      send({ type: 'quote-counts', altered: 0, unmatched: 0 });
      if (!isSiteEnabled(settings, location.hostname)) return;
      controller = new AbortController();
      page = startYuanwenPage(
        { statement, statementIndex, topics, patterns, fold },
        {
          cardCss: themeCss + cardCss,
          settings,
          openReader: (paragraph) => send({ type: 'open-reader', paragraph }),
          onQuoteCounts: (counts) => send({ type: 'quote-counts', ...counts }),
          signal: controller.signal,
        },
      );
    };
    ctx.onInvalidated(() => controller?.abort());
    ctx.onInvalidated(watchSettings(start));
    start(await loadSettings());

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isToContent(message)) return undefined;
      return Promise.resolve(dispatchToContent(handlers, message));
    });
    const handlers: ContentHandlers = {
      'next-mention': () => void page?.card.next(),
      'check-selection': (message) => void page?.checkSelection(message.text),
      'page-summary': () => page?.summary() ?? { hostname: location.hostname, topics: [], quotes: [], disabled: true },
      reveal: (message) => page?.reveal(message.target) ?? false,
    };
  },
});
