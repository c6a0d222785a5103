/**
 * `npx tsx scripts/cpu-profile.ts [page] [extensionDir]`: sampled CPU profiles of a bench page's
 * loads with the extension (build with YUANWEN_NO_MINIFY=1 for readable names): self time by
 * script and by function, and inclusive time by function, means of LOADS loads (default 3) after
 * one warm-up load. Pages: article-zh.html (default), nothing-en.html, nothing-zh.html, zh.html,
 * en.html. A study aid, not a target: `npm run bench` holds the figures.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { extensionArgs, findChromium } from '../tools/chromium';
import { startStaticServer } from '../tools/static-server';
import { chinesePage, englishPage } from './bench-pages';
import { nothingPage, realisticArticle } from './bench-load';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = process.argv[2] ?? 'article-zh.html';
const extensionDir = process.argv[3] ?? join(root, '.output/chrome-mv3');
const port = Number(process.env.BENCH_PORT ?? 4184);
const pagesDir = mkdtempSync(join(tmpdir(), 'yuanwen-cpu-'));
writeFileSync(join(pagesDir, 'nothing-en.html'), nothingPage('en'));
writeFileSync(join(pagesDir, 'nothing-zh.html'), nothingPage('zh'));
writeFileSync(join(pagesDir, 'article-zh.html'), realisticArticle());
writeFileSync(join(pagesDir, 'zh.html'), chinesePage());
writeFileSync(join(pagesDir, 'en.html'), englishPage());
const server = await startStaticServer(pagesDir, port);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'yuanwen-cpu-profile-')), {
  executablePath: findChromium(),
  headless: true,
  args: extensionArgs(extensionDir),
});
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const self = new Map<string, number>();
const byUrl = new Map<string, number>();
const total = new Map<string, number>();
const loads = Number(process.env.LOADS ?? 3);
for (let i = -1; i < loads; i++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`http://127.0.0.1:${port}/${file}?${i}`);
  await page.waitForTimeout(Number(process.env.WAIT ?? 3000));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  };
  await page.close();
  if (i < 0) continue;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  if (process.env.TREE) {
    const totals = new Map<number, number>();
    const parentOf = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
    profile.samples.forEach((id, k) => {
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        totals.set(at, (totals.get(at) ?? 0) + (profile.timeDeltas[k + 1] ?? 0) / 1000);
      }
    });
    const print = (id: number, depth: number) => {
      const n = nodes.get(id)!;
      const t = totals.get(id) ?? 0;
      if (t < 0.5 || depth > Number(process.env.DEPTH ?? 6)) return;
      console.log(
        `${'  '.repeat(depth)}${t.toFixed(1)} ${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}`,
      );
      for (const c of n.children ?? []) print(c, depth + 1);
    };
    for (const n of profile.nodes) {
      if (n.callFrame.url.endsWith(process.env.TREE) && !parentOf.has(n.id)) print(n.id, 0);
      else if (n.callFrame.url.endsWith(process.env.TREE) && nodes.get(parentOf.get(n.id)!)!.callFrame.url === '')
        print(n.id, 0);
    }
  }

  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: Node) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}`;
  profile.samples.forEach((id, k) => {
    const n = nodes.get(id)!;
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000 / loads;
    const f = n.callFrame;
    const short = f.url.replace(/^.*\//, '');
    const key = `${f.functionName || '(anon)'} ${short}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = keyOf(nodes.get(at)!);
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt);
      seen.add(k);
    }
    byUrl.set(short || f.functionName, (byUrl.get(short || f.functionName) ?? 0) + dt);
  });
}
const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
    .join('\n');
console.log(
  `${file}: self time by script (mean of ${loads} loads)\n${top(byUrl, 12)}\n\nby function\n${top(self, Number(process.env.TOP ?? 40))}\n\ninclusive\n${top(total, Number(process.env.TOP ?? 40))}`,
);
await context.close();
server.close();
