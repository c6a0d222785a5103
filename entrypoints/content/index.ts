import { fold, patterns, statement, topics } from '@/data';
import { isToContent, type ToBackground } from '@/core/messages';
import { startYuanwenPage } from '@/page/yuanwen-page';
import cardCss from '@/components/card.css?inline';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Editable documents belong to the user: nothing is marked in them.
    if (document.designMode === 'on' || !document.documentElement) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const page = startYuanwenPage(
      { statement, topics, patterns, fold },
      {
        cardCss,
        openReader: (paragraph) =>
          void browser.runtime.sendMessage({ type: 'open-reader', paragraph } satisfies ToBackground),
        signal: controller.signal,
      },
    );
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isToContent(message)) return undefined;
      if (message.type === 'next-mention') page.card.next();
      else page.checkSelection(message.text);
      return undefined;
    });
  },
});
