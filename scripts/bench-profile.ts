/**
 * `npx tsx scripts/bench-profile.ts [extensionDir]`: where a page's main-thread time goes, from a
 * DevTools trace (the renderer's main thread), with and without the extension, on the bench's
 * pages with nothing to mark and the realistic article. Means of a few loads; a study aid, not a target.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from '@playwright/test';
import { extensionArgs, findChromium } from '../tools/chromium';
import { startStaticServer } from '../tools/static-server';
import { nothingPage, realisticArticle, walkerExtension } from './bench-load';

const root = fileURLToPath(new URL('..', import.meta.url));
const extensionDir = process.argv[2] ?? join(root, '.output/chrome-mv3');
const port = Number(process.env.BENCH_PORT ?? 4183);
const LOADS = 3;
const pagesDir = mkdtempSync(join(tmpdir(), 'yuanwen-profile-'));
writeFileSync(join(pagesDir, 'nothing-en.html'), nothingPage('en'));
writeFileSync(join(pagesDir, 'nothing-zh.html'), nothingPage('zh'));
writeFileSync(join(pagesDir, 'article-zh.html'), realisticArticle());
const server = await startStaticServer(pagesDir, port);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

/** Top-level names worth telling apart; nested ones (compile, GC) are summed where they occur. */
const NAMES = [
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireIdleCallback',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'ParseHTML',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
  'RunTask',
];

async function traceLoad(context: BrowserContext, url: string): Promise<Map<string, number>> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  await page.goto(url);
  await page.waitForTimeout(2000);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  // The renderer's main thread: the thread named CrRendererMain in the process that ran the page.
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byPid = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key) && e.ph === 'X' && e.name === 'RunTask') byPid.set(key, (byPid.get(key) ?? 0) + (e.dur ?? 0));
  }
  const busiest = [...byPid.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const sums = new Map<string, number>();
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== busiest || e.ph !== 'X' || !NAMES.includes(e.name)) continue;
    const url = e.args?.data?.url ?? '';
    const who = url.startsWith('chrome-extension://') ? ' (extension)' : '';
    const key = `${e.name}${who}`;
    sums.set(key, (sums.get(key) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return sums;
}

async function launch(dir: string | null): Promise<BrowserContext> {
  const args = dir ? extensionArgs(dir) : extensionArgs(extensionDir).slice(2);
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'yuanwen-profile-profile-')), {
    executablePath: findChromium(),
    headless: true,
    args,
  });
}

const configs = { none: null, walker: walkerExtension(), yuanwen: extensionDir };
const contexts = Object.fromEntries(
  await Promise.all(Object.entries(configs).map(async ([k, dir]) => [k, await launch(dir)] as const)),
) as Record<keyof typeof configs, BrowserContext>;
for (const file of ['nothing-en.html', 'nothing-zh.html', 'article-zh.html']) {
  const totals: Record<string, Map<string, number>> = {};
  for (const key of Object.keys(contexts)) {
    await traceLoad(contexts[key as keyof typeof configs], `http://127.0.0.1:${port}/${file}?warm`);
    const sum = new Map<string, number>();
    for (let i = 0; i < LOADS; i++) {
      for (const [name, value] of await traceLoad(
        contexts[key as keyof typeof configs],
        `http://127.0.0.1:${port}/${file}?${i}`,
      )) {
        sum.set(name, (sum.get(name) ?? 0) + value / LOADS);
      }
    }
    totals[key] = sum;
  }
  const names = [...new Set(Object.values(totals).flatMap((m) => [...m.keys()]))].sort();
  console.log(`\n${file} (mean of ${LOADS} loads, ms on the renderer main thread; nested events overlap)`);
  console.log(
    `${'event'.padEnd(36)} ${Object.keys(totals)
      .map((k) => k.padStart(9))
      .join(' ')}`,
  );
  for (const name of names) {
    console.log(
      `${name.padEnd(36)} ${Object.values(totals)
        .map((m) => (m.get(name) ?? 0).toFixed(1).padStart(9))
        .join(' ')}`,
    );
  }
}
await Promise.all(Object.values(contexts).map((c) => c.close()));
server.close();
