/**
 * The card's states side by side — a topic, and quotations verbatim, altered and not in the statement —
 * rendered by the same components and styles as the card on a page, each in a shadow root of its own
 * as CardHost mounts it. The card on a page lives in a *closed* root, which accessibility checkers
 * cannot enter; these roots are open, for axe-core (tests/e2e/accessibility.spec.ts) and screenshots.
 * Not linked from anywhere in the extension.
 */
import { h, render, type ComponentChild } from 'preact';
import cardCss from '@/components/card.css?inline';
import themeCss from '@/components/theme.css?inline';
import { alignQuote } from '@/core/align';
import { citationLanguageFor } from '@/core/cite';
import { passagesForTopic } from '@/core/clauses';
import { renderingsFor } from '@/core/renderings';
import { MentionCard } from '@/components/MentionCard';
import { QuoteCard } from '@/components/QuoteCard';
import { t } from '@/components/i18n';
import { fold, renderings, statement, statementIndex, topics } from '@/data';
import { loadSettings } from '@/platform/settings-store';

/** CardHost's popover, shown in place here rather than in the top layer. */
const PREVIEW_CSS = '.mount.preview { display: block; position: static; }';

const QUOTES = {
  verbatim: '中方强调，台湾问题是中美关系中最重要、最敏感的核心问题。',
  altered: '自一九七九年以来，中美之间达成了二十多个双边科技合作协议',
  unmatched: '美国将逐步减少对台湾的武器出售，并经过一段时间导致最后的解决。',
} as const;

/** A card's host, outside every landmark of the page, as CardHost appends it to the document's root. */
function CardFrame({ id, card }: { id: string; card: ComponentChild }) {
  return (
    <div
      id={id}
      class="card-frame"
      ref={(frame) => {
        if (!frame || frame.shadowRoot) return;
        const shadow = frame.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = themeCss + cardCss + PREVIEW_CSS;
        const mount = document.createElement('div');
        mount.className = 'mount preview';
        shadow.append(style, mount);
        render(card, mount);
      }}
    />
  );
}

void loadSettings().then((settings) => {
  const language = browser.i18n.getUILanguage();
  document.documentElement.lang = language;
  const beside = { renderings, shown: renderingsFor(language, settings.traditionalText) };
  const citationLanguage = citationLanguageFor(language);
  const topic = topics.find((candidate) => candidate.zh[0] === '全面禁止核试验条约') ?? topics[0]!;
  const ignore = () => undefined;
  const quoteCard = (verdict: keyof typeof QUOTES) =>
    h(QuoteCard, {
      quote: QUOTES[verdict],
      alignment: alignQuote(QUOTES[verdict], statementIndex(), fold, {
        kind: 'quoted',
        attributed: true,
        onDemand: true,
      }),
      statement,
      onOpenReader: ignore,
      onClose: ignore,
      beside,
      citationLanguage,
      actions: {},
    });
  render(
    <>
      {/* A page of its own around the cards: its banner and main content, as on a news page. */}
      <header class="preview-banner">
        <p>{t('extName')}</p>
      </header>
      <main>
        <h1>{t('cardPreviewTitle')}</h1>
      </main>
      <div class="gallery">
        <CardFrame
          id="mention"
          card={h(MentionCard, {
            topic,
            pageText: topic.en[0] ?? topic.zh[0]!,
            passages: passagesForTopic(topic, statement),
            onOpenReader: ignore,
            onClose: ignore,
            beside: { ...beside, statement },
            citationLanguage,
            actions: {},
          })}
        />
        <CardFrame id="quote-verbatim" card={quoteCard('verbatim')} />
        <CardFrame id="quote-altered" card={quoteCard('altered')} />
        <CardFrame id="quote-unmatched" card={quoteCard('unmatched')} />
      </div>
    </>,
    document.getElementById('app')!,
  );
});
