import type { SearchResult } from '@/core/search';
import { MarkedText } from './MarkedText';
import { t } from './i18n';

interface ResultListProps {
  results: readonly SearchResult[];
  active: number;
  onOpen: (result: SearchResult) => void;
  onHover: (index: number) => void;
}

/** Search results in rank order: the clause with the match emphasised, its section and paragraph. */
export function ResultList({ results, active, onOpen, onHover }: ResultListProps) {
  return (
    <ul id="results" class="results" role="listbox" aria-label={t('searchResultsLabel')}>
      {results.map((result, index) => (
        <li
          key={`${result.paragraph}:${result.text}`}
          id={`result-${index}`}
          role="option"
          aria-selected={index === active}
          class={index === active ? 'result is-active' : 'result'}
          onClick={() => onOpen(result)}
          onMouseMove={() => onHover(index)}
        >
          <span class="result-text" lang="zh-Hans">
            <MarkedText text={result.text} marks={result.marks} />
          </span>
          <span class="result-where">
            {result.section ?? t('preamble')} · {t('paragraphNumber', String(result.paragraph))}
          </span>
        </li>
      ))}
    </ul>
  );
}
