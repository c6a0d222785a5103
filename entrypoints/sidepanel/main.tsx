import { render } from 'preact';
import { citationLanguageFor } from '@/core/cite';
import { statement, topics } from '@/data';
import { SidePanelApp } from './App';

const language = browser.i18n.getUILanguage();
document.documentElement.lang = language;
// Citations follow the interface language, as in the popup, the card and the reader.
render(
  <SidePanelApp statement={statement} topics={topics} citationLanguage={citationLanguageFor(language)} />,
  document.getElementById('app')!,
);
