import { render } from 'preact';
import { citationLanguageFor } from '@/core/cite';
import { renderingsFor } from '@/core/renderings';
import { StatementSearch } from '@/core/search';
import { fold, renderings, searchData, statement, topics } from '@/data';
import { PopupApp } from './App';

const language = browser.i18n.getUILanguage();
document.documentElement.lang = language;
const search = new StatementSearch(searchData, statement, topics, fold, renderings.summaries);
// The summary follows the interface language only; the traditional text is for the card and the reader.
const { summary } = renderingsFor(language, 'never');
render(
  <PopupApp
    search={search}
    summaryOf={summary ? (paragraph) => renderings.summaries[paragraph - 1] : undefined}
    citationLanguage={citationLanguageFor(language)}
  />,
  document.getElementById('app')!,
);
