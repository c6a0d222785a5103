import type { SearchResult } from '@/core/search';
import { CopyButton } from './CopyButton';
import { MarkedText } from './MarkedText';
import { t } from './i18n';

interface ResultListProps {
  results: readonly SearchResult[];
  active: number;
  onOpen: (result: SearchResult) => void;
  onHover: (index: number) => void;
  /** The clause with its citation, as the copy button puts it on the clipboard. */
  copyText: (result: SearchResult) => string;
  /** Yuanwen's English summary of a paragraph, for readers who get it; undefined for none. */
  summaryOf?: (paragraph: number) => string | undefined;
}

/** Search results in rank order: the clause with the match emphasised, its section and paragraph. */
export function ResultList({ results, active, onOpen, onHover, copyText, summaryOf }: ResultListProps) {
  const current = results[active];
  return (
    <>
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
            {summaryOf?.(result.paragraph) && (
              <span class="result-summary" lang="en" title={t('summaryLabel')}>
                {summaryOf(result.paragraph)}
              </span>
            )}
            <span class="result-where">
              {result.section ?? t('preamble')} · {t('paragraphNumber', String(result.paragraph))}
            </span>
          </li>
        ))}
      </ul>
      {/* Outside the listbox: an option may hold no control of its own (ARIA). Ctrl+C in the box does the same. */}
      {current && (
        <div class="result-actions">
          <CopyButton
            label={t('resultCopy')}
            title={t('resultCopyTitle', String(current.paragraph))}
            text={() => copyText(current)}
          />
        </div>
      )}
    </>
  );
}
