import type { RevealTarget } from '@/core/messages';
import type { Verdict } from '@/core/align';
import type { PageState } from '@/core/page-state';
import { problemsFirst } from '@/core/cycle';
import { t, type MessageKey } from './i18n';

export type { PageState };

const VERDICT_LABEL: Record<Verdict, MessageKey> = {
  verbatim: 'verdictVerbatim',
  altered: 'verdictAltered',
  unmatched: 'verdictUnmatched',
};

/**
 * "On this page": problems first — quotations not in the statement, altered, then verbatim ones, then
 * reproduced passages — and then topics with their counts; each leads to its place on the page.
 */
export function PageSummaryView({
  state,
  onReveal,
  onReload,
}: {
  state: PageState;
  onReveal: (target: RevealTarget) => void;
  /** Reloads the tab (offered when its content script is missing). */
  onReload: () => void;
}) {
  if (state.status === 'loading') return null;
  if (state.status === 'unavailable') return <p class="page-note">{t('pageUnavailable')}</p>;
  if (state.status === 'absent') {
    return (
      <>
        <p class="page-note">{t('pageAbsent')}</p>
        <button type="button" class="reload-tab" onClick={onReload}>
          {t('reloadTab')}
        </button>
      </>
    );
  }
  const { summary } = state;
  if (summary.disabled) return <p class="page-note">{t('pageDisabled')}</p>;
  if (summary.topics.length === 0 && summary.quotes.length === 0) return <p class="page-note">{t('pageNothing')}</p>;
  const quotes = problemsFirst(summary.quotes, (quote) => ({ kind: 'quote', ...quote }));
  return (
    <>
      {quotes.length > 0 && (
        <>
          <h3>{t('quotesHeading')}</h3>
          <ul class="page-list">
            {quotes.map((quote) => (
              <li key={quote.index}>
                <button
                  type="button"
                  class={`verdict-${quote.verdict} is-${quote.form}`}
                  onClick={() => onReveal({ kind: 'quote', index: quote.index })}
                >
                  <span class="verdict">{t(VERDICT_LABEL[quote.verdict])}</span>
                  {quote.form === 'passage' && <span class="muted"> · {t('pagePassage')}</span>}{' '}
                  <span class="quote-text" lang="zh">
                    {quote.text}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.topics.length > 0 && (
        <>
          <h3>{t('topicsHeading')}</h3>
          <ul class="page-list">
            {summary.topics.map((topic) => (
              <li key={topic.id}>
                <button type="button" onClick={() => onReveal({ kind: 'topic', id: topic.id })}>
                  <span lang="zh-Hans">{topic.name}</span> <span class="muted">{topic.english}</span>
                  <span class="count">{topic.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
