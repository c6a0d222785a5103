import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, EXTENSION_DIR, isLocalRequest, test } from '../harness/extension';
import { installMutationAudit, pageMutations, hoverMark, waitForScan } from '../harness/page-probes';

const FIXTURES = [
  'articles/zh-hans-summit.html',
  'articles/zh-hant-trade.html',
  'articles/en-analysis.html',
  'articles/zh-hans-quotes.html',
  'articles/zh-hant-quotes.html',
  'articles/unrelated-sports.html',
  'pages/long-passage.html',
];

test.describe('integrity and privacy', () => {
  test('no request leaves the fixture server, and no page content is mutated, on any static fixture', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
    requests,
  }) => {
    const before = requests.length;
    for (const fixture of FIXTURES) {
      const page = await extensionContext.newPage();
      await installMutationAudit(page);
      await page.goto(`${fixtureUrl}/${fixture}`);
      await waitForScan(page);
      const first = await page.evaluate(() => {
        const marked = [...(CSS.highlights.get('yuanwen-mention') ?? [])][0];
        if (!marked) return null;
        // A mark may run across text nodes (<b>台湾</b>问题).
        const range = document.createRange();
        range.setStart(marked.startContainer, marked.startOffset);
        range.setEnd(marked.endContainer, marked.endOffset);
        return range.toString();
      });
      if (first) {
        await hoverMark(page, 'yuanwen-mention', first);
        await page.waitForTimeout(400);
      }
      const mutations = (await pageMutations(page)).filter((m) => m !== 'childList on html +yuanwen-card');
      expect(mutations, fixture).toEqual([]);
      await page.close();
    }
    for (const path of ['popup.html', 'reader.html#p4', 'options.html', 'sidepanel.html']) {
      const page = await extensionContext.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.waitForTimeout(200);
      await page.close();
    }
    const seen = requests.slice(before);
    console.log(
      `network: ${seen.length} requests, ${seen.filter((url) => !isLocalRequest(url)).length} off the fixture server`,
    );
    expect(seen.length).toBeGreaterThan(FIXTURES.length);
    expect(seen.filter((url) => !isLocalRequest(url))).toEqual([]);
  });

  test('the manifest asks for no hosts beyond its content scripts and sets a strict CSP', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const pages = ['http://*/*', 'https://*/*'];
    // The content scripts' own hosts, for loading the main script where the first stage found something.
    expect(manifest.host_permissions).toEqual(pages);
    // sidePanel lets the extension show its own page beside the tab; it reads nothing of the page.
    expect([...manifest.permissions].sort()).toEqual(['contextMenus', 'scripting', 'sidePanel', 'storage']);
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'none'");
    // The input listener at document_start, the first stage when the page is idle; no manifest CSS.
    expect(manifest.content_scripts).toEqual([
      { matches: pages, js: ['content-listener.js'], run_at: 'document_start' },
      { matches: pages, js: ['content-gate.js'], run_at: 'document_idle' },
    ]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  test('the built code has no eval, no Function constructor and no remote URLs to load', () => {
    const files = ['background.js', 'content-listener.js', 'content-gate.js', 'content-main.js'];
    for (const file of files) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect(code, file).not.toMatch(/[^\w.]eval\(|new Function\(/);
      expect(code, file).not.toMatch(/import\(\s*["']https?:/);
    }
  });
});
