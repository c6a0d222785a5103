import { useEffect, useRef, useState } from 'preact/hooks';
import type { RevealTarget } from '@/core/messages';
import type { SearchResult, StatementSearch } from '@/core/search';
import { browserGaps } from '@/core/browser-support';
import { withCitation, type CitationLanguage } from '@/core/cite';
import { isSiteEnabled, withSite, type Settings } from '@/core/settings';
import { PageSummaryView, type PageState } from '@/components/PageSummaryView';
import { ResultList } from '@/components/ResultList';
import { useStatementSearch } from '@/components/use-statement-search';
import { t } from '@/components/i18n';
import { loadSettings, saveSettings } from '@/platform/settings-store';
import { readerUrl } from '@/platform/reader';
import { openPanel } from '@/platform/side-panel';
import { askPageState, askTab, targetTab, targetTabId } from '@/platform/tabs';

const SUGGESTIONS = ['台湾问题', 'WTO', '四方会谈', 'human rights', 'CTBT', 'taiwan wenti'];

interface PopupAppProps {
  search: StatementSearch;
  /** Yuanwen's English summary of a paragraph where the reader gets one (English interface). */
  summaryOf?: (paragraph: number) => string | undefined;
  /** The citation's language follows the interface. */
  citationLanguage: CitationLanguage;
}

export function PopupApp({ search, summaryOf, citationLanguage }: PopupAppProps) {
  const [query, setQuery] = useState('');
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  // Known before the click: the side panel opens only synchronously in the click's handler.
  const [tab, setTab] = useState<{ id?: number; windowId?: number }>();
  const input = useRef<HTMLInputElement>(null);
  const { results, suggestion, active, setActive, step } = useStatementSearch(search, query);
  const copyText = (result: SearchResult) => withCitation(result.text, result.paragraph, citationLanguage);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    void askPageState().then(setPage);
    void loadSettings().then(setSettings);
    void targetTab().then(setTab);
  }, []);

  const open = (result: SearchResult) => {
    void browser.tabs.create({ url: readerUrl(result.paragraph) }).then(() => window.close());
  };
  const reveal = (target: RevealTarget) => {
    void askTab({ type: 'reveal', target })
      .then(() => window.close())
      .catch(() => setPage({ status: 'unavailable' }));
  };
  // A tab opened before Yuanwen was installed or updated gets its content script by reloading.
  const reloadTab = async () => {
    const tabId = await targetTabId();
    if (tabId === undefined) return;
    setPage({ status: 'loading' });
    await browser.tabs.reload(tabId);
    const done = (id: number, change: { status?: string }) => {
      if (id !== tabId || change.status !== 'complete') return;
      browser.tabs.onUpdated.removeListener(done);
      // The content script starts once the page is idle.
      setTimeout(() => void askPageState().then(setPage), 1500);
    };
    browser.tabs.onUpdated.addListener(done);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (results.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = step(event.key === 'ArrowDown' ? 1 : -1);
      document.getElementById(`result-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(results[active]!);
    } else if (event.key === 'c' && (event.ctrlKey || event.metaKey)) {
      // Copy the active result, unless the reader is copying text they selected in the box.
      const box = event.currentTarget as HTMLInputElement;
      if (box.selectionStart !== box.selectionEnd) return;
      event.preventDefault();
      void navigator.clipboard.writeText(copyText(results[active]!)).catch(() => undefined);
    }
  };

  const hostname = page.status === 'ready' ? page.summary.hostname : null;
  const toggleSite = async (enabled: boolean) => {
    if (!settings || !hostname) return;
    const next = withSite(settings, hostname, enabled);
    setSettings(next);
    const saved = await saveSettings(next);
    setSaveFailed(!saved);
    // Nothing was stored: the page keeps running as before, and so does the toggle.
    if (!saved) return setSettings(await loadSettings());
    // The page restarts (or stops) by itself; ask it again what it shows.
    setTimeout(() => {
      void askTab({ type: 'page-summary' })
        .then((summary) => summary && setPage({ status: 'ready', summary }))
        .catch(() => undefined);
    }, 400);
  };

  const typed = query.trim().length > 0;
  const gaps = browserGaps(navigator.userAgent);
  return (
    <div class="popup">
      <label class="search-label" for="search">
        {t('searchLabel')}
      </label>
      <input
        id="search"
        ref={input}
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        value={query}
        aria-controls={typed && results.length ? 'results' : undefined}
        aria-activedescendant={typed && results.length ? `result-${active}` : undefined}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {typed && results.length > 0 && (
        <ResultList
          results={results}
          active={active}
          onOpen={open}
          onHover={setActive}
          copyText={copyText}
          summaryOf={summaryOf}
        />
      )}
      {typed && results.length === 0 && (
        <div class="empty" role="status">
          <p>{t('searchNothing', query.trim())}</p>
          {suggestion ? (
            <p>
              <button type="button" class="did-you-mean" onClick={() => setQuery(suggestion)}>
                {t('searchDidYouMean', suggestion)}
              </button>
            </p>
          ) : (
            <p class="muted">{t('searchNothingHint')}</p>
          )}
        </div>
      )}
      {!typed && (
        <div class="empty">
          <p class="muted">{t('searchHint')}</p>
          <div class="suggestions">
            {SUGGESTIONS.map((suggestion) => (
              <button type="button" key={suggestion} onClick={() => setQuery(suggestion)}>
                {suggestion}
              </button>
            ))}
          </div>
        </div>
      )}
      <section class="on-this-page" aria-label={t('onThisPage')}>
        <h2>{t('onThisPage')}</h2>
        {settings && hostname && (
          <label class="site-toggle">
            <input
              type="checkbox"
              checked={isSiteEnabled(settings, hostname)}
              onChange={(event) => void toggleSite(event.currentTarget.checked)}
            />
            {t('siteToggle', hostname)}
          </label>
        )}
        {saveFailed && (
          <p class="page-note" role="alert">
            {t('siteToggleFailed')}
          </p>
        )}
        <PageSummaryView state={page} onReveal={reveal} onReload={() => void reloadTab()} />
        {page.status === 'ready' && tab && (
          <button type="button" class="check-page" onClick={() => void openPanel(tab).then(() => window.close())}>
            {t('checkWholePage')}
          </button>
        )}
        {/* What this browser cannot do, said rather than silently missing. */}
        {gaps.tintInsteadOfUnderline && (
          <p class="browser-gap" role="note">
            {t('browserGapTint')}
          </p>
        )}
        {gaps.noHoverInShadowRoots && (
          <p class="browser-gap" role="note">
            {t('browserGapShadowHover')}
          </p>
        )}
      </section>
      <footer class="popup-footer">
        <button type="button" onClick={() => void browser.tabs.create({ url: readerUrl() }).then(() => window.close())}>
          {t('openFullText')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </footer>
    </div>
  );
}
