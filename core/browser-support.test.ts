/**
 * Every web API, CSS feature and extension API the shipped code uses, looked up in
 * @mdn/browser-compat-data against the minimum versions the manifests declare
 * (Firefox 140 ESR, Chrome 114). Uses are found in the source itself, so a new
 * call or CSS property is checked without anyone listing it; what the oldest
 * browsers lack must be either feature-detected with a fallback or degraded
 * (and said so in the popup), as listed below.
 */
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import bcd, { type CompatStatement, type SimpleSupportStatement } from '@mdn/browser-compat-data';
import { describe, expect, it } from 'vitest';
import {
  browserGaps,
  FIREFOX_CARET_SHADOW_ROOTS,
  FIREFOX_HIGHLIGHT_DECORATION,
  firefoxVersion,
  MIN_CHROME,
  MIN_FIREFOX,
  MIN_FIREFOX_ANDROID,
  TINT_FALLBACKS,
} from './browser-support';

type Browser = 'chrome' | 'firefox';
const MIN: Record<Browser, number> = { chrome: MIN_CHROME, firefox: MIN_FIREFOX };

const shipped = execFileSync('git', [
  'ls-files',
  'core',
  'page',
  'components',
  'entrypoints',
  'platform',
  'data/index.ts',
])
  .toString()
  .split('\n')
  .filter((path) => path && !/\.test\.tsx?$/.test(path));
const read = (path: string) => readFileSync(path, 'utf8');
/** The code without its comments (a comment naming an API does not use it). */
const code = shipped
  .filter((path) => /\.tsx?$/.test(path))
  .map((path) =>
    read(path)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1'),
  )
  .join('\n');
const css = shipped
  .filter((path) => path.endsWith('.css'))
  .map((path) => read(path).replace(/\/\*[\s\S]*?\*\//g, ''))
  .join('\n');

function compat(path: string): CompatStatement | undefined {
  let node: unknown = bcd;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  return (node as { __compat?: CompatStatement } | undefined)?.__compat;
}

const asVersion = (value: SimpleSupportStatement['version_added']) =>
  typeof value === 'string' && /^≤?\d/.test(value) ? parseFloat(value.replace('≤', '')) : Infinity;

/** Names the code uses where BCD files the API under another (Chrome's contextMenus is BCD's menus). */
const ALIASES: Record<string, string> = { 'webextensions.api.menus': 'contextMenus' };

/** The first version with full, unflagged support under the name the code uses (Infinity: none). */
function fullSince(path: string, browser: Browser): number {
  const support = compat(path)?.support[browser];
  const statements = support === undefined ? [] : Array.isArray(support) ? support : [support];
  const alias = Object.entries(ALIASES).find(([prefix]) => path.startsWith(`${prefix}.`))?.[1];
  const full = statements.filter(
    (s) =>
      !s.flags &&
      !s.prefix &&
      (!s.alternative_name || (alias && s.alternative_name.startsWith(alias))) &&
      !s.partial_implementation &&
      !s.version_removed,
  );
  return Math.min(...full.map((s) => asVersion(s.version_added)));
}

/** A partial implementation available at the minimum version, with its notes. */
function partialAtMinimum(path: string, browser: Browser): string[] | null {
  const support = compat(path)?.support[browser];
  const statements = support === undefined ? [] : Array.isArray(support) ? support : [support];
  const partial = statements.find(
    (s) => s.partial_implementation && !s.flags && asVersion(s.version_added) <= MIN[browser],
  );
  if (!partial) return null;
  return [partial.notes ?? []].flat();
}

/** Uses found in the code that the oldest browsers may lack, each with how the code copes. */
const FEATURE_DETECTED: Record<string, string> = {
  // slices.ts: `scheduler?.postTask`, else a zero-delay timeout.
  'api.Scheduler.postTask': 'setTimeout',
  // hit-test.ts: caretPositionFromPoint where present (Chrome 128+), else caretRangeFromPoint.
  'api.Document.caretPositionFromPoint': 'caretRangeFromPoint',
  'api.Document.caretRangeFromPoint': 'caretPositionFromPoint',
  // background/badge.ts: `browser.action ?? browser.browserAction` (Firefox's build is MV2).
  'webextensions.api.action.setBadgeBackgroundColor': 'browserAction',
  'webextensions.api.action.setBadgeText': 'browserAction',
  // platform/side-panel.ts: Chrome's sidePanel.open (116+) where present, else Firefox's sidebar, else
  // the panel page in a tab; Firefox's sidebarAction.open where present (Chrome has none).
  'webextensions.api.sidePanel.open': 'sidebarAction.open, else a tab',
  'webextensions.api.sidebarAction.open': 'sidePanel.open, else a tab',
  // card-host.ts: the card is a popover (top layer) where popovers exist (Chrome 114+); before that an
  // ordinary fixed element, emptied when hidden (the `:popover-open` rule in card.css is then dropped).
  'css.selectors.popover-open': 'a fixed element',
};
/** Chrome has caretPositionFromPoint's options exactly where it has caretPositionFromPoint (128). */
const FEATURE_DETECTED_IN_CHROME = ['api.Document.caretPositionFromPoint.options_parameter'];
/** Gaps that are degraded, with the version that closes them (checked against the code's constants). */
const DEGRADED: Record<string, { firefox: number }> = {
  'api.Document.caretPositionFromPoint.options_parameter': { firefox: FIREFOX_CARET_SHADOW_ROOTS },
};

/** Web API uses: `new X(`, globals' members, and calls named in full in the code. */
function webApiUses(): string[] {
  const uses = new Set<string>();
  // The project's own classes and those it imports (Fuse) are not the browser's.
  const projectClasses = new Set([
    ...[...code.matchAll(/\bclass (\w+)/g)].map((m) => m[1]!),
    ...[...code.matchAll(/^import (?:type )?(\w+)/gm)].map((m) => m[1]!),
    ...[...code.matchAll(/^import [^;]*\{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(',').map((n) => n.trim())),
  ]);
  for (const [, name] of code.matchAll(/\bnew ([A-Z]\w*)\(/g)) {
    if (projectClasses.has(name!)) continue;
    if (compat(`api.${name}`)) uses.add(`api.${name}`);
    else if (compat(`javascript.builtins.${name}`)) uses.add(`javascript.builtins.${name}`);
    else uses.add(`unknown.${name}`); // neither the project's nor known: the test below fails
  }
  const globals: Record<string, string[]> = {
    document: ['Document', 'Node', 'EventTarget'],
    window: ['Window', 'EventTarget'],
    navigator: ['Navigator'],
    performance: ['Performance'],
    CSS: ['CSS'],
  };
  for (const [, global, member] of code.matchAll(/\b(document|window|navigator|performance|CSS)\??\.(\w+)/g)) {
    const owner = globals[global!]!.find((i) => compat(`api.${i}.${member}`) ?? compat(`api.${i}.${member}_static`));
    if (global === 'window' && compat(`api.${member}`))
      uses.add(`api.${member}`); // setTimeout and friends
    else if (!owner) uses.add(`unknown.${global}.${member}`);
    else uses.add(compat(`api.${owner}.${member}`) ? `api.${owner}.${member}` : `api.${owner}.${member}_static`);
  }
  for (const [, member] of code.matchAll(/\.(caretPositionFromPoint|caretRangeFromPoint)\?*\.?\(/g))
    uses.add(`api.Document.${member}`);
  if (/caretPositionFromPoint\(\s*\w+,\s*\w+,\s*\{\s*shadowRoots/.test(code))
    uses.add('api.Document.caretPositionFromPoint.options_parameter');
  for (const [, member] of code.matchAll(/\bscheduler\??\.(\w+)/g)) uses.add(`api.Scheduler.${member}`);
  if (/\brequestIdleCallback\(/.test(code)) uses.add('api.Window.requestIdleCallback');
  for (const [, member] of code.matchAll(/\.clipboard\.(\w+)\(/g)) uses.add(`api.Clipboard.${member}`);
  for (const [, member] of code.matchAll(
    /\.(attachShadow|getClientRects|getBoundingClientRect|compareDocumentPosition)\(/g,
  ))
    uses.add(
      member === 'getClientRects' || member === 'getBoundingClientRect'
        ? `api.Range.${member}`
        : `api.Element.${member}`,
    );
  for (const [, owner, member] of code.matchAll(/\b(Object|Array|Promise|Number|String|Math|Intl|Reflect)\.(\w+)\(/g))
    uses.add(`javascript.builtins.${owner}.${member}`);
  return [...uses].map((use) => use.replace('api.Element.compareDocumentPosition', 'api.Node.compareDocumentPosition'));
}

/** Extension API uses: `browser.<namespace>.<member>`. */
function extensionApiUses(): string[] {
  const uses = new Set<string>();
  for (const [, namespace, member] of code.matchAll(/\bbrowser\??\.(\w+)\??\.(\w+)/g)) {
    const name = namespace === 'contextMenus' ? 'menus' : namespace; // BCD files contextMenus under menus
    uses.add(`webextensions.api.${name}.${member}`);
  }
  // WXT's storage items name their area: `storage.defineItem('sync:settings')`.
  for (const [, area] of code.matchAll(/defineItem(?:<[^>]*>)?\(\s*'(sync|local|session|managed):/g))
    uses.add(`webextensions.api.storage.${area}`);
  return [...uses];
}

/** CSS uses: properties, pseudo-classes and elements, media features and functions. */
function cssUses(): string[] {
  const uses = new Set<string>();
  for (const [, property] of css.matchAll(/(?:^|[;{\s])([a-z][a-z-]*)\s*:(?!:)[^;{}]*;/g)) {
    if (compat(`css.properties.${property}`)) uses.add(`css.properties.${property}`);
  }
  for (const [, selector] of css.matchAll(/::?([a-z][a-z-]*)/g)) {
    if (compat(`css.selectors.${selector}`)) uses.add(`css.selectors.${selector}`);
  }
  // BCD files min-width and max-width under width (and so on for every range feature).
  for (const [, feature] of css.matchAll(/@media[^{]*\(([a-z-]+)/g))
    uses.add(`css.at-rules.media.${feature!.replace(/^(min|max)-/, '')}`);
  if (/color-mix\(/.test(css)) uses.add('css.types.color.color-mix');
  if (/\bmin\(/.test(css)) uses.add('css.types.min');
  if (/\bcalc\(/.test(css)) uses.add('css.types.calc');
  if (/var\(--/.test(css)) uses.add('css.types.var');
  if (/(^|[;{\s])--[\w-]+\s*:/m.test(css)) uses.add('css.properties.custom-property');
  return [...uses];
}

describe('the code, looked up in @mdn/browser-compat-data', () => {
  const uses = [...webApiUses(), ...extensionApiUses(), ...cssUses()];

  it('finds the uses that matter (the scan is not blind)', () => {
    expect(uses.sort()).toEqual(
      expect.arrayContaining([
        'api.Highlight',
        'api.CSS.highlights_static',
        'api.StaticRange',
        'api.MutationObserver',
        'api.Document.caretPositionFromPoint.options_parameter',
        'api.Clipboard.writeText',
        'webextensions.api.menus.create',
        'webextensions.api.sidePanel.open',
        'webextensions.api.sidebarAction.open',
        'webextensions.api.storage.sync',
        'css.selectors.highlight',
        'css.properties.text-decoration-thickness',
        'css.at-rules.media.prefers-color-scheme',
      ]),
    );
  });

  it('knows every use (no unknown API names)', () => {
    expect(uses.filter((use) => use.startsWith('unknown.') || !compat(use))).toEqual([]);
  });

  it.each(['firefox', 'chrome'] as const)(
    'finds each use supported at the minimum %s version, or feature-detected, or degraded',
    (browser) => {
      const lacking = uses
        .filter((use) => fullSince(use, browser) > MIN[browser])
        .filter((use) => !partialAtMinimum(use, browser)) // checked in the next test
        .filter((use) => !(use in FEATURE_DETECTED))
        .filter((use) => !(browser === 'chrome' && FEATURE_DETECTED_IN_CHROME.includes(use)))
        .filter((use) => !(browser === 'firefox' && use in DEGRADED))
        .map((use) => `${use}: ${browser} ${fullSince(use, browser)}`);
      expect(lacking).toEqual([]);
      // The degraded gaps close exactly where the code's constants say.
      for (const [use, { firefox }] of Object.entries(DEGRADED)) {
        if (uses.includes(use)) expect(fullSince(use, 'firefox'), use).toBe(firefox);
      }
    },
  );

  it('handles what partial implementations lack: ::highlight() text-decoration before Firefox 146', () => {
    const partial = uses.flatMap((use) =>
      (['firefox', 'chrome'] as const)
        .filter((browser) => fullSince(use, browser) > MIN[browser])
        .map((browser) => ({ use, browser, notes: partialAtMinimum(use, browser) }))
        .filter(({ notes }) => notes),
    );
    expect(partial.map(({ use, browser }) => `${use} ${browser}`)).toEqual(['css.selectors.highlight firefox']);
    // "Before Firefox N, cannot be used with <code>P</code>": each P our ::highlight() rules use is degraded at N.
    const highlightRules = [...css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)];
    const propertiesUsed = new Set(
      highlightRules.flatMap(([, , body]) => [...body!.matchAll(/([a-z-]+)\s*:/g)].map((m) => m[1]!)),
    );
    const gaps = partial[0]!.notes!.flatMap((note) => {
      const match = /Before Firefox (\d+), cannot be used with <code>([a-z-]+)<\/code>/.exec(note);
      return match ? [{ before: Number(match[1]), property: match[2]! }] : [];
    });
    expect(gaps.length).toBeGreaterThan(0);
    const used = gaps.filter(
      ({ before, property }) => before > MIN_FIREFOX && [...propertiesUsed].some((p) => p.startsWith(property)),
    );
    expect(used).toEqual([{ before: FIREFOX_HIGHLIGHT_DECORATION, property: 'text-decoration' }]);
    // The degradation: every highlight drawn by decoration alone has a tint to fall back on.
    const decorationOnly = highlightRules
      .filter(([, , body]) => /text-decoration/.test(body!) && !/background/.test(body!))
      .map(([, name]) => name!);
    expect(decorationOnly.sort()).toEqual(Object.keys(TINT_FALLBACKS).sort());
    for (const tint of Object.values(TINT_FALLBACKS)) {
      const rule = highlightRules.find(([, name]) => name === tint);
      expect(rule?.[2], tint).toMatch(/background-color/);
    }
  });
});

describe('the manifests', () => {
  it.each(['firefox', 'chrome'] as const)('declare the minimum %s version this test checks', async (browser) => {
    const { default: config } = await import('../wxt.config');
    const manifest = (config.manifest as (env: { browser: string }) => Record<string, unknown>)({ browser });
    if (browser === 'firefox') {
      const settings = manifest.browser_specific_settings as Record<string, { strict_min_version: string }>;
      expect(settings.gecko!.strict_min_version).toBe(`${MIN_FIREFOX}.0`);
      expect(settings.gecko_android!.strict_min_version).toBe(`${MIN_FIREFOX_ANDROID}.0`);
      // data_collection_permissions is why these are the floors (web-ext lint checks it too).
      const collection = 'webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions';
      expect(fullSince(collection, 'firefox')).toBe(MIN_FIREFOX);
      const android = compat(collection)!.support.firefox_android as SimpleSupportStatement;
      expect(asVersion(android.version_added)).toBe(MIN_FIREFOX_ANDROID);
    } else {
      expect(manifest.minimum_chrome_version).toBe(String(MIN_CHROME));
    }
    // WXT adds the side panel's key from entrypoints/sidepanel: Chrome's side_panel, Firefox's sidebar_action.
    expect(existsSync('entrypoints/sidepanel/index.html')).toBe(true);
    const panelKey = browser === 'firefox' ? 'sidebar_action' : 'side_panel';
    const keys = [...Object.keys(manifest), panelKey].filter((key) => compat(`webextensions.manifest.${key}`));
    expect(keys).toContain(panelKey);
    if (browser === 'chrome') {
      expect(manifest.permissions).toContain('sidePanel');
      expect(fullSince('webextensions.api.sidePanel', 'chrome')).toBeLessThanOrEqual(MIN_CHROME);
    }
    const lacking = keys.filter((key) => fullSince(`webextensions.manifest.${key}`, browser) > MIN[browser]);
    expect(lacking).toEqual(browser === 'chrome' ? ['browser_specific_settings'].filter((k) => keys.includes(k)) : []);
  });
});

describe('browser gaps from the user agent', () => {
  const firefox = (v: number) => `Mozilla/5.0 (X11; Linux x86_64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`;
  const chrome =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

  it('reads Firefox versions and nothing else', () => {
    expect(firefoxVersion(firefox(140))).toBe(140);
    expect(firefoxVersion(chrome)).toBeNull();
  });

  it('tints instead of underlining before 146 and cannot hover in shadow roots before 150', () => {
    expect(browserGaps(firefox(140))).toEqual({ tintInsteadOfUnderline: true, noHoverInShadowRoots: true });
    expect(browserGaps(firefox(146))).toEqual({ tintInsteadOfUnderline: false, noHoverInShadowRoots: true });
    expect(browserGaps(firefox(153))).toEqual({ tintInsteadOfUnderline: false, noHoverInShadowRoots: false });
    expect(browserGaps(chrome)).toEqual({ tintInsteadOfUnderline: false, noHoverInShadowRoots: false });
  });
});
