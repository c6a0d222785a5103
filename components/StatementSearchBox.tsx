import { useState } from 'preact/hooks';
import type { SearchResult, StatementSearch } from '@/core/search';
import { ResultList } from './ResultList';
import { useStatementSearch } from './use-statement-search';
import { t } from './i18n';

interface StatementSearchBoxProps {
  search: StatementSearch;
  /** Where a chosen result leads (the reader scrolls to its paragraph). */
  onOpen: (result: SearchResult) => void;
  copyText: (result: SearchResult) => string;
  summaryOf?: (paragraph: number) => string | undefined;
}

/** The popup's search, inside a page: type, move with the arrow keys, Enter to go to the paragraph. */
export function StatementSearchBox({ search, onOpen, copyText, summaryOf }: StatementSearchBoxProps) {
  const [query, setQuery] = useState('');
  const { results, suggestion, active, setActive, step } = useStatementSearch(search, query, 8);
  const typed = query.trim().length > 0;

  const choose = (result: SearchResult) => {
    onOpen(result);
    setQuery('');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') return setQuery('');
    if (results.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      step(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(results[active]!);
    }
  };

  return (
    <div class="statement-search" role="search">
      <label class="visually-hidden" for="statement-search">
        {t('readerSearchLabel')}
      </label>
      <input
        id="statement-search"
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('readerSearchPlaceholder')}
        value={query}
        aria-controls={typed && results.length > 0 ? 'results' : undefined}
        aria-activedescendant={typed && results.length > 0 ? `result-${active}` : undefined}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      {typed && results.length > 0 && (
        <ResultList
          results={results}
          active={active}
          onOpen={choose}
          onHover={setActive}
          copyText={copyText}
          summaryOf={summaryOf}
        />
      )}
      {typed && results.length === 0 && (
        <p class="statement-search-empty" role="status">
          {t('searchNothing', query.trim())}{' '}
          {suggestion && (
            <button type="button" onClick={() => setQuery(suggestion)}>
              {t('searchDidYouMean', suggestion)}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
