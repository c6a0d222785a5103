import { openReader } from './open-reader';

// The service worker: opens the full text from the toolbar button for now;
// the context menu and keyboard commands will live here too.
export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener(() => void openReader());
});
