import { defineConfig } from 'wxt';
import { MIN_CHROME, MIN_FIREFOX, MIN_FIREFOX_ANDROID } from './core/browser-support';
import { ICON_SIZES, iconPaths, renderIcon } from './scripts/icons';

const PAGES = ['http://*/*', 'https://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // Preact's automatic JSX runtime; no Babel preset needed.
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact', charset: 'utf8' },
    // The index's JSON as JSON.parse("…") rather than object literals: V8 parses JSON several times
    // faster than the same data as JavaScript (https://v8.dev/blog/cost-of-javascript-2019#json).
    json: { stringify: true, namedExports: false },
    // YUANWEN_NO_MINIFY=1 keeps names readable in CPU profiles.
    build: process.env.YUANWEN_NO_MINIFY ? { minify: false } : {},
  }),
  // The sources zip (Firefox review): what `npm ci && npm run build:firefox` needs, nothing generated.
  zip: {
    excludeSources: ['data/generated/**', 'tests/**', 'test-results/**', 'playwright-report/**', 'docs/**'],
  },
  hooks: {
    // The icons are rendered from assets/icon.svg on every build, never committed as PNGs.
    'build:publicAssets': (_, assets) => {
      // `contents` is typed as a string, but WXT hands it to fs.writeFile, which writes a Buffer as is.
      for (const size of ICON_SIZES)
        assets.push({ relativeDest: iconPaths[size]!, contents: renderIcon(size) as unknown as string });
    },
    // WXT takes the toolbar tooltip from the popup's <title>: the localised string instead.
    'build:manifestGenerated': (_, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) Object.assign(action, { default_title: '__MSG_actionTitle__', default_icon: iconPaths });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: iconPaths,
    // The side panel's page (entrypoints/sidepanel) becomes Chrome's `side_panel` and Firefox's `sidebar_action`.
    // `scripting` and the content scripts' own hosts: the background loads the main content script
    // into a page only when its first stage found something to mark (see entrypoints/content-gate).
    permissions: ['contextMenus', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel', 'scripting'])],
    host_permissions: PAGES,
    // Plain scripts rather than WXT content scripts (see entrypoints/content-main): the listener at
    // document_start, so its capture listeners on window come before any the page registers; the
    // first stage once the page is idle, which has the main script loaded when there is something to mark.
    content_scripts: [
      { matches: PAGES, js: ['content-listener.js'], run_at: 'document_start' },
      { matches: PAGES, js: ['content-gate.js'], run_at: 'document_idle' },
    ],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandNextMention__',
      },
    },
    // Nothing is fetched and nothing remote runs: the strictest policy the pages need.
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'" },
    ...(browser !== 'firefox' && { minimum_chrome_version: String(MIN_CHROME) }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'yuanwen@yuanwen.invalid',
          // Firefox 140 ESR: the first with data_collection_permissions. What it lacks is degraded
          // (core/browser-support.ts; checked against @mdn/browser-compat-data).
          strict_min_version: `${MIN_FIREFOX}.0`,
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android knows data_collection_permissions from 142.
        gecko_android: { strict_min_version: `${MIN_FIREFOX_ANDROID}.0` },
      },
    }),
  }),
});
