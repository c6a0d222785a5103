import { render } from 'preact';
import { renderingsFor } from '@/core/renderings';
import { statement, topics } from '@/data';
import { SidePanelApp } from './App';

const language = browser.i18n.getUILanguage();
document.documentElement.lang = language;
// Citations follow the interface language, as in the popup.
const { summary } = renderingsFor(language, 'never');
render(
  <SidePanelApp statement={statement} topics={topics} citationLanguage={summary ? 'en' : 'zh'} />,
  document.getElementById('app')!,
);
