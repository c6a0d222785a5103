import { render } from 'preact';
import { renderingsFor } from '@/core/renderings';
import { renderings, statement } from '@/data';
import { loadSettings } from '@/platform/settings-store';
import { ReaderApp } from './App';

void loadSettings().then((settings) => {
  const shown = renderingsFor(browser.i18n.getUILanguage(), settings.traditionalText);
  render(<ReaderApp statement={statement} beside={{ renderings, shown }} />, document.getElementById('app')!);
});
