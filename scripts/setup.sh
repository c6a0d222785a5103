#!/usr/bin/env bash
# Fresh machine → built extension: Chromium for the end-to-end tests (Debian/Ubuntu, via apt,
# only when none is found), the npm dependencies, and a Chrome MV3 build in .output/chrome-mv3.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
  echo "setup: using CHROMIUM_PATH=${CHROMIUM_PATH}"
elif command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  echo "setup: chromium found at $(command -v chromium || echo /usr/bin/chromium)"
elif command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing chromium with apt-get (needed by the end-to-end tests)"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
else
  echo "setup: no Chromium found and no apt-get; install Chromium and set CHROMIUM_PATH for the tests" >&2
fi

npm ci
npm run build
cat <<'MSG'

Built: .output/chrome-mv3
Load it in Chrome or Chromium: chrome://extensions → Developer mode → Load unpacked → choose .output/chrome-mv3
Or see it on sample articles: npm run demo
MSG
