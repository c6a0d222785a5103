import { render } from 'preact';
import { StatementSearch } from '@/core/search';
import { fold, searchData, statement, topics } from '@/data';
import { PopupApp } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
const search = new StatementSearch(searchData, statement, topics, fold);
render(<PopupApp search={search} />, document.getElementById('app')!);
