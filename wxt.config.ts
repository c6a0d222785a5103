import { defineConfig } from 'wxt';

const PAGES = ['http://*/*', 'https://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // Preact's automatic JSX runtime; no Babel preset needed.
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // YUANWEN_NO_MINIFY=1 keeps names readable in CPU profiles.
    build: process.env.YUANWEN_NO_MINIFY ? { minify: false } : {},
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    permissions: ['contextMenus', 'storage'],
    // Plain scripts rather than WXT content scripts (see entrypoints/content-main): the listener at
    // document_start, so its capture listeners on window come before any the page registers; the
    // main script once the page is idle.
    content_scripts: [
      { matches: PAGES, js: ['content-listener.js'], run_at: 'document_start' },
      { matches: PAGES, js: ['content-main.js'], run_at: 'document_idle' },
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
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'yuanwen@yuanwen.invalid',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
