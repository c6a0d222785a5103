import { render } from 'preact';
import { OptionsApp } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<OptionsApp />, document.getElementById('app')!);
