import { trustedInput } from '@/page/trusted-input';

// Runs at document_start, before any page script: the card's input listeners on `window`
// come first in the capture phase, where no listener the page registers later can stop them.
// Nothing else happens here; the main script subscribes once the page is idle.
export default defineUnlistedScript({
  globalName: false,
  main() {
    trustedInput();
  },
});
