#!/usr/bin/env bash
# Fresh machine → built extension: Chromium and Firefox ESR for the end-to-end tests (Debian/Ubuntu,
# via apt, only when none is found), the npm dependencies, and a Chrome MV3 build in .output/chrome-mv3
# (not with --no-build: CI's `npm test` builds each target once itself).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { $SUDO apt-get update; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "$@"
}

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
  echo "setup: using CHROMIUM_PATH=${CHROMIUM_PATH}"
elif command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  echo "setup: chromium found at $(command -v chromium || echo /usr/bin/chromium)"
elif command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing chromium with apt-get (needed by the end-to-end tests)"
  apt_install chromium
else
  echo "setup: no Chromium found and no apt-get; install Chromium and set CHROMIUM_PATH for the tests" >&2
fi

if [ -n "${FIREFOX_PATH:-}" ] && [ -x "${FIREFOX_PATH}" ]; then
  echo "setup: using FIREFOX_PATH=${FIREFOX_PATH}"
elif [ -x /usr/bin/firefox-esr ] || [ -x /usr/bin/firefox ]; then
  echo "setup: firefox found at $(ls /usr/bin/firefox-esr /usr/bin/firefox 2>/dev/null | head -n 1)"
elif command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing firefox-esr with apt-get (needed by the Firefox suite)"
  apt_install firefox-esr
else
  echo "setup: no Firefox found and no apt-get; install Firefox ESR and set FIREFOX_PATH for the tests" >&2
fi

npm ci
[ "${1:-}" = "--no-build" ] && exit 0
npm run build
cat <<'MSG'

Built: .output/chrome-mv3
Load it in Chrome or Chromium: chrome://extensions → Developer mode → Load unpacked → choose .output/chrome-mv3
Or see it on sample articles: npm run demo
MSG
