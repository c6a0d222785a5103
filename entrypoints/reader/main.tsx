import { render } from 'preact';
import { citationLanguageFor } from '@/core/cite';
import { renderingsFor } from '@/core/renderings';
import { StatementSearch } from '@/core/search';
import { fold, renderings, searchData, statement, topics } from '@/data';
import { loadSettings } from '@/platform/settings-store';
import { ReaderApp } from './App';

void loadSettings().then((settings) => {
  const shown = renderingsFor(browser.i18n.getUILanguage(), settings.traditionalText);
  const search = new StatementSearch(searchData, statement, topics, fold, renderings.summaries);
  render(
    <ReaderApp
      statement={statement}
      beside={{ renderings, shown }}
      search={search}
      citationLanguage={citationLanguageFor(browser.i18n.getUILanguage())}
    />,
    document.getElementById('app')!,
  );
});
